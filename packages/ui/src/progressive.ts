import { type Component, type FunctionComponent, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Findings rendered at once when a report arrives, then this many more in each later slice. The page's
 * main thread took 300–1000 ms to render a 500-page report's 314 findings in one task; a finding with
 * its review controls costs ~1 ms on a quiet two-core machine (2–4 ms at load 12), so a slice stays
 * well under 50 ms, and a report of up to FIRST_RENDERED findings (the real budgets have 5–20) renders
 * whole at once.
 */
export const FIRST_RENDERED = 20;
export const RENDERED_PER_SLICE = 20;

/** Runs `task` in the next idle period (at the latest after a frame's worth of waiting); returns a cancel function. */
function nextSlice(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 50 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/**
 * How many of `total` items to render now: FIRST_RENDERED at first, RENDERED_PER_SLICE more in each
 * idle slice until all are (a long list never holds the main thread in one task). Starts again at
 * FIRST_RENDERED when `key` changes (another report).
 */
export function useRenderedCount(total: number, key: unknown): number {
  const [state, setState] = useState({ key, limit: FIRST_RENDERED });
  const limit = state.key === key ? state.limit : FIRST_RENDERED;
  useEffect(() => {
    if (limit >= total) return;
    return nextSlice(() => setState({ key, limit: limit + RENDERED_PER_SLICE }));
  }, [key, limit, total]);
  return Math.min(limit, total);
}

/**
 * A component that renders again only when one of its props changes (preact/compat's memo, without
 * compat: importing compat changes how every component of the package renders).
 */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => {
      const now = this.props as Record<string, unknown>;
      const later = next as Record<string, unknown>;
      const keys = new Set([...Object.keys(now), ...Object.keys(later)]);
      return [...keys].some((k) => now[k] !== later[k]);
    };
    return h(component, props);
  }
  Memoed.displayName = `memo(${component.displayName ?? component.name})`;
  return Memoed;
}
