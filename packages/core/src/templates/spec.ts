import type { ColumnSpec } from './types.js';

/** A value column whose Chinese name is its first header word. */
export function column(id: string, en: string, headers: readonly [string, ...string[]], optional = false): ColumnSpec {
  return { id, name: { zh: headers[0], en }, headers, ...(optional ? { optional } : {}) };
}
