/**
 * The extension's visible elements: a light-DOM host named hezhang-* (carrying the test hooks' data
 * attributes) with the UI in its shadow root. The roots are closed: the page's scripts get null from
 * `host.shadowRoot`, so they can neither read what Hezhang shows (findings, verdicts, amounts) nor
 * change it; only this content script, which runs in its own world, holds them (`rootOf`). One
 * constructed stylesheet is shared by every shadow root: page CSS cannot reach in, and no <style>
 * element is added that a page CSP could block.
 */

const CSS = `
:host { all: initial; }
.badge { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box;
  width: 14px; height: 14px; margin: 0 3px 0 0; border-radius: 7px; font: 700 10px/1 system-ui, sans-serif;
  color: #fff; cursor: default; vertical-align: -2px; user-select: none; }
.badge.ok { background: #2e7d32; }
.badge.warning { background: #ed8b00; }
.badge.error { background: #c62828; }
.badge.incomplete { background: #78909c; }
.badge.idle, .badge.queued, .badge.checking { background: #fff; color: #455a64; border: 1px solid #90a4ae; }
.badge.checking { border-style: dashed; }
.badge.pdf { width: auto; min-width: 14px; padding: 0 4px; margin: 0 0 0 4px; cursor: pointer; }
.anchor { position: relative; display: inline-block; }
.tip { display: none; position: absolute; z-index: 2147483647; top: 18px; left: 0; width: max-content; max-width: 420px;
  padding: 6px 8px; border-radius: 4px; background: #263238; color: #fff; font: 12px/1.5 system-ui, sans-serif;
  white-space: pre-wrap; text-align: left; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.anchor:hover .tip, .anchor:focus-within .tip { display: block; }
.sum { display: inline-block; padding: 0 3px; border-radius: 3px; background: #ffebee;
  color: #b71c1c; border: 1px solid #c62828; font: 10px/1.3 system-ui, sans-serif; white-space: nowrap; }
.panel { box-sizing: border-box; width: 340px; max-height: 45vh; display: flex; flex-direction: column; overflow: hidden;
  border-radius: 8px; background: #fff; color: #212121; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 13px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; border-top: 4px solid #90a4ae; }
@media (max-width: 600px) { .panel { width: 100vw; max-height: 50vh; border-radius: 0; } }
.panel.ok { border-top-color: #2e7d32; } .panel.warning { border-top-color: #ed8b00; }
.panel.error { border-top-color: #c62828; } .panel.incomplete { border-top-color: #78909c; }
.panel header { display: flex; align-items: center; gap: 6px; padding: 8px 10px; font-weight: 600; }
.panel header span { flex: 1; }
.panel button { font: inherit; border: 0; background: none; color: #1565c0; cursor: pointer; padding: 0 4px; }
.panel ul { list-style: none; margin: 0; padding: 0 0 6px; overflow: auto; }
.panel li button { display: block; width: 100%; text-align: left; color: inherit; padding: 5px 10px; border-top: 1px solid #eee; }
.panel li button:hover { background: #f5f5f5; }
.panel .formula { display: block; color: #546e7a; font-size: 12px; font-variant-numeric: tabular-nums; }
.panel.collapsed ul, .panel.collapsed .together { display: none; }
.panel .together { overflow: auto; border-top: 1px solid #e0e0e0; }
.panel .together h4 { margin: 6px 10px 2px; font-size: 12px; color: #546e7a; }
.panel .together li { padding: 3px 10px; }
.panel .together li li { padding: 2px 0 2px 10px; font-size: 12px; color: #455a64; }
.panel .together ul ul { padding: 0; }
`;

let sheet: CSSStyleSheet | undefined;
const roots = new WeakMap<Element, ShadowRoot>();

/** A host's closed shadow root, for the extension's own code (and its tests). */
export function rootOf(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

export function attachShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  try {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment.
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  return root;
}

/** A host element whose own box page CSS cannot change: inline styles with !important win over page rules. */
export function createHost(tag: string, style: Record<string, string>): HTMLElement {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(style)) host.style.setProperty(name, value, 'important');
  return host;
}
