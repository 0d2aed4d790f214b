/** Defined by vite.config.ts: @hezhang/core's version. */
declare const __HEZHANG_VERSION__: string;
