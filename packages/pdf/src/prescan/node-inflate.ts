/** Node's one-shot inflate for the pre-scan: zlib's inflateSync, capped by maxOutputLength (never held past it). */
import { constants, inflateSync } from 'node:zlib';
import type { InflateWhole } from './filters.js';

export const nodeInflate: InflateWhole = (data, max) => {
  try {
    // A sync flush at the end accepts a stream cut short (as pdf.js does) instead of failing it.
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return 'capped';
    return undefined;
  }
};
