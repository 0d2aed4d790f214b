/** Set by wxt.config.ts from HEZHANG_DEV_HOSTS. */
declare const __HEZHANG_DEV_HOSTS__: string[];
