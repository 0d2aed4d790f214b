import type { Template } from './types.js';
export declare const SHANGHAI_BUDGET: Template;
//# sourceMappingURL=shanghai.d.ts.map
