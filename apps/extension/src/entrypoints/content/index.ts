import { PageCheck } from '../../content/page-check';
import { handleMessages } from '../../shared/messages';
import { loadSettings, pageMode } from '../../shared/settings';

/**
 * Registered at runtime for the sites the user chose (and injected by the popup's "check now"); a test
 * build also declares it for its dev hosts. Injected twice, it answers the second time through messages.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const marker = globalThis as { __hezhangPageCheck?: boolean };
    if (marker.__hezhangPageCheck) return;
    marker.__hezhangPageCheck = true;

    const settings = await loadSettings();
    const mode = pageMode(settings, location.href);
    const check = new PageCheck({ language: settings.language, autoPdf: mode.autoPdf, pdf: mode.pdf });
    void check.run();
    check.observe();
    ctx.onInvalidated(() => check.stop());

    handleMessages({
      'page:state': async ({ recheck }) => {
        if (recheck) {
          await check.run();
          check.recheckPdfs();
        }
        return check.state();
      },
    });
  },
});
