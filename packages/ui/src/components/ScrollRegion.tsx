import type { ComponentChildren, RefObject } from 'preact';

interface ScrollRegionProps {
  /** Names the region for screen readers. */
  label: string;
  class: string;
  /** The element, for callers that measure or scroll it. */
  innerRef?: RefObject<HTMLElement>;
  /** Exposed as data-state (tests wait on it). */
  state?: string;
  /** Exposed as data-zoom (the page viewer's zoom). */
  zoom?: number;
  children: ComponentChildren;
}

/** A box that scrolls its content (a wide table, a page), reachable and scrollable from the keyboard. */
export function ScrollRegion({ label, class: className, innerRef, state, zoom, children }: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <section ref={innerRef} class={className} tabIndex={0} aria-label={label} data-state={state} data-zoom={zoom}>
      {children}
    </section>
  );
}
