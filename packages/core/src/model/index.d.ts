export * from './amount.js';
export * from './claim.js';
export * from './document.js';
export * from './finding.js';
export * from './report.js';
export * from './source.js';
export * from './table.js';
//# sourceMappingURL=index.d.ts.map
