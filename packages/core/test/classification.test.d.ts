export {};
//# sourceMappingURL=classification.test.d.ts.map
