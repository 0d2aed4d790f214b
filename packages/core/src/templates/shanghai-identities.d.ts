import type { ClaimTarget, CrossIdentity } from './types.js';
export declare const SHANGHAI_IDENTITIES: readonly CrossIdentity[];
/** Where the tables state what 编制说明 and 其他相关情况说明 state. */
export declare const SHANGHAI_CLAIM_TARGETS: readonly ClaimTarget[];
//# sourceMappingURL=shanghai-identities.d.ts.map
