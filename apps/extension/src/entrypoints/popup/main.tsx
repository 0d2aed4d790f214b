import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { strings } from '../../shared/i18n';
import { type PageState, pageVerdict, sendToTab } from '../../shared/messages';
import { siteOf } from '../../shared/settings';
import { useSettings } from '../../ui/use-settings';

const CONTENT_SCRIPT = '/content-scripts/content.js';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The page's state from its content script, injecting it first when asked to check a page not checked yet. */
async function pageState(tabId: number, check: boolean): Promise<PageState | undefined> {
  try {
    return await sendToTab(tabId, 'page:state', { recheck: check });
  } catch {
    if (!check) return undefined; // no content script in the page yet
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return sendToTab(tabId, 'page:state', {});
  }
}

function Popup() {
  const [settings, change] = useSettings();
  const [tab, setTab] = useState<{ id: number; url: string }>();
  const [state, setState] = useState<PageState>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void activeTab().then(async (t) => {
      if (t?.id === undefined || !t.url) return;
      setTab({ id: t.id, url: t.url });
      setState(await pageState(t.id, false));
    });
  }, []);
  if (!settings) return null;
  const t = strings(settings.language);
  const site = tab ? siteOf(tab.url) : undefined;
  if (!tab || !site) return <main class="popup">{t.popupUnsupported}</main>;

  const checkNow = async () => {
    setBusy(true);
    try {
      setState(await pageState(tab.id, true));
    } finally {
      setBusy(false);
    }
  };
  const auto = settings.autoSites.includes(site);
  const toggleAuto = async () => {
    // Asked here, in the click: permissions can only be requested from a user gesture.
    if (!auto && !(await browser.permissions.request({ origins: [`${site}/*`] }))) return;
    await change({ autoSites: auto ? settings.autoSites.filter((s) => s !== site) : [...settings.autoSites, site] });
  };
  const allowPdf = async () => {
    const origins = [...new Set([`${site}/*`, ...(state?.pdfOriginsNeedingPermission ?? []).map((o) => `${o}/*`)])];
    if (await browser.permissions.request({ origins })) await checkNow();
  };

  const verdict = state && pageVerdict(state);
  return (
    <main class="popup">
      <div class={`verdict ${verdict ?? ''}`} data-popup-verdict={verdict ?? ''}>
        {state === undefined ? t.popupNotChecked : verdict ? t.status[verdict] : t.popupNoTables}
        {state?.verdict && <small>{t.pageSummary(state.tables, state.errors, state.warnings)}</small>}
        {state && state.pdfLinks > 0 && <small>{t.popupPdfLinks(state.pdfLinks)}</small>}
        {state && state.pdfChecked + state.pdfUnread > 0 && (
          // Test hook: data-popup-pdfs, the line saying what became of the page's PDFs.
          <small data-popup-pdfs>
            {t.popupPdfs(state.pdfChecked, state.pdfUnread, state.together, state.pdfDocuments)}
          </small>
        )}
        {state?.several?.map((pdf) => (
          // Test hooks: data-popup-several (the PDF's name), data-popup-document with data-status.
          <div key={pdf.name} class="several" data-popup-several={pdf.name} data-status={pdf.status}>
            <small>
              {pdf.name} · {t.pdfDocuments(pdf.documents.length)}
            </small>
            <ul>
              {pdf.documents.map((d) => (
                <li key={d.name} data-popup-document={d.name} data-status={d.status}>
                  <small>
                    {d.name}
                    {settings.language === 'en' ? ': ' : '：'}
                    {t.status[d.status]}
                    {d.errors !== undefined && d.warnings !== undefined
                      ? `${settings.language === 'en' ? ', ' : '，'}${t.pdfVerdict(d.errors, d.warnings)}`
                      : d.failure
                        ? ` — ${t.pdfDocumentFailed}${d.failure[settings.language]}`
                        : ''}
                  </small>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <button type="button" class="primary" disabled={busy} onClick={checkNow}>
        {t.popupCheckNow}
      </button>
      {state && (state.pdfOriginsNeedingPermission.length > 0 || state.pdfLinks > 0) && (
        <button type="button" onClick={allowPdf}>
          {t.popupAllowPdf}
        </button>
      )}
      <label>
        <input type="checkbox" checked={auto} onChange={toggleAuto} /> {t.popupAuto}
      </label>
      <p class="privacy">{t.privacy}</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
