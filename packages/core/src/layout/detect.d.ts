import type { Layout } from './types.js';
export type TextFormat = 'tsv' | 'markdown' | 'plain';
/** Recognises the extractor style from the shape of the lines. */
export declare function detectTextFormat(text: string): TextFormat;
export declare function textLayout(text: string, format?: TextFormat): Layout;
//# sourceMappingURL=detect.d.ts.map
