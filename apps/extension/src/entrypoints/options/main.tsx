import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { strings } from '../../shared/i18n';
import { type Language, type PdfPolicy, siteOf } from '../../shared/settings';
import { useSettings } from '../../ui/use-settings';

const POLICIES: PdfPolicy[] = ['on-demand', 'automatic', 'off'];

function Options() {
  const [settings, change] = useSettings();
  const [draft, setDraft] = useState('');
  if (!settings) return null;
  const t = strings(settings.language);

  const addSite = async (event: Event) => {
    event.preventDefault();
    const site = siteOf(/^https?:\/\//.test(draft) ? draft : `https://${draft}`);
    if (!site || settings.autoSites.includes(site)) return;
    if (!(await browser.permissions.request({ origins: [`${site}/*`] }))) return;
    await change({ autoSites: [...settings.autoSites, site] });
    setDraft('');
  };
  const removeSite = async (site: string) => {
    await change({ autoSites: settings.autoSites.filter((s) => s !== site) });
    await browser.permissions.remove({ origins: [`${site}/*`] });
  };

  return (
    <main class="options">
      <h1>{t.optionsTitle}</h1>
      <section>
        <h2>{t.optionsSites}</h2>
        <p>{t.optionsSitesHelp}</p>
        <ul>
          {settings.autoSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => removeSite(site)}>
                {t.optionsRemove}
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite}>
          <input
            value={draft}
            placeholder="https://www.example.gov.cn"
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />{' '}
          <button type="submit">{t.optionsAddSite}</button>
        </form>
      </section>
      <section>
        <h2>{t.optionsLanguage}</h2>
        <select
          value={settings.language}
          onChange={(e) => change({ language: (e.target as HTMLSelectElement).value as Language })}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </section>
      <section>
        <h2>{t.optionsPdf}</h2>
        {POLICIES.map((p) => (
          <label key={p} style={{ display: 'block' }}>
            <input
              type="radio"
              name="pdf"
              checked={settings.pdfPolicy === p}
              onChange={() => change({ pdfPolicy: p })}
            />{' '}
            {t.optionsPdfPolicy[p]}
          </label>
        ))}
        <label style={{ display: 'block', marginTop: '8px' }}>
          <input
            type="checkbox"
            checked={settings.pdfOtherSites}
            onChange={(e) => change({ pdfOtherSites: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t.optionsPdfOtherSites}
        </label>
      </section>
      <p class="privacy">{t.privacy}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
