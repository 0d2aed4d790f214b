import { type Rule } from '../rule.js';
/**
 * What the PDF reader could not trust (fonts without a Unicode map, unreadable characters, pages
 * without text) becomes findings; a text source has no text layer to check.
 */
export declare const textLayer: Rule;
//# sourceMappingURL=text-layer.d.ts.map
