/**
 * The benches' clock inside the page, shared by first-file.mjs (and verdict.mjs through it) and
 * long-tasks.mjs. Playwright serialises a function passed to page.evaluate, so this one is
 * self-contained (nothing from this module's scope) and the benches pass it as it is:
 *
 *   const clock = page.evaluate(untilVerdict, name); await input.setInputFiles(file); const r = await clock;
 */

/**
 * Resolves once `name` has its verdict card (or its error) in the page, with the milliseconds from the
 * next change event on a file input: to the file read (its entry in the file list says it is being
 * checked), to the card in the DOM, and to the frame after it (painted). `chosen` is the change
 * event's performance.now(), to place other records of the page on the same clock.
 */
export function untilVerdict(name) {
  return new Promise((resolve) => {
    const escaped = CSS.escape(name);
    const selector = `[data-document="${escaped}"]:is([data-status], [data-error])`;
    // The file list's entry turns to "checking" once the file is read (where the time goes).
    const checking = `li.file-checking[data-document="${escaped}"]`;
    let chosen;
    let read;
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') chosen = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (chosen === undefined) return;
      if (read === undefined && document.querySelector(checking)) read = performance.now() - chosen;
      const card = document.querySelector(selector);
      if (!card) return;
      const inDom = performance.now() - chosen;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({
            chosen,
            read,
            inDom,
            painted: performance.now() - chosen,
            status: card.getAttribute('data-status') ?? `error ${card.getAttribute('data-error')}`,
          }),
        ),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
}
