import type { Severity } from '@hezhang/core';

/**
 * The colours a finding's boxes are drawn in, wherever they are drawn: the page viewer, the HTML
 * report's pictures and page strip, the annotated PDF. Red errors, amber warnings, blue notes; a
 * finding dismissed as 误报 grey (and dashed). Dark enough to stand out on a page dimmed around them.
 */
export const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = {
  error: '#b3261e',
  warning: '#b26a00',
  info: '#1f5fa8',
};

export const DISMISSED_COLOUR = '#8c959f';

/** A colour as PDF wants it: red, green and blue from 0 to 1. */
export function rgb01(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
