import type { Template } from './types.js';
export declare const SHANGHAI_FINAL: Template;
//# sourceMappingURL=shanghai-final.d.ts.map
