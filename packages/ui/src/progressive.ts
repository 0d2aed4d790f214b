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

/** How much a list renders at once and in each later slice (in items, or in any unit of cost). */
export interface Slices {
  first: number;
  step: number;
}

const FINDING_SLICES: Slices = { first: FIRST_RENDERED, step: RENDERED_PER_SLICE };

/**
 * How many of `total` items to render now: FIRST_RENDERED at first, RENDERED_PER_SLICE more in each
 * idle slice until all are (a long list never holds the main thread in one task). Starts again at
 * the first slice when `key` changes (another report). `slices` sets other sizes. Without a window
 * (render-to-string) there is no later slice: all at once.
 */
export function useRenderedCount(total: number, key: unknown, slices: Slices = FINDING_SLICES): number {
  const { step } = slices;
  const first = typeof window === 'undefined' ? total : slices.first;
  const [state, setState] = useState({ key, limit: first });
  const limit = state.key === key ? state.limit : first;
  useEffect(() => {
    if (limit >= total) return;
    return nextSlice(() => setState({ key, limit: limit + step }));
  }, [key, limit, total, step]);
  return Math.min(limit, total);
}

/** Props the same, one by one (===). */
function sameProps<P extends object>(a: P, b: P): boolean {
  const now = a as Record<string, unknown>;
  const later = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(now), ...Object.keys(later)]);
  return [...keys].every((k) => now[k] === later[k]);
}

/**
 * A component that renders again only when one of its props changes (preact/compat's memo, without
 * compat: importing compat changes how every component of the package renders). `same` says when two
 * sets of props render alike (by default each prop is the same, ===).
 */
export function memo<P extends object>(
  component: FunctionComponent<P>,
  same: (a: P, b: P) => boolean = sameProps,
): FunctionComponent<P> {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => !same(this.props as P, next);
    return h(component, props);
  }
  Memoed.displayName = `memo(${component.displayName ?? component.name})`;
  return Memoed;
}
