export {};
//# sourceMappingURL=positioned.test.d.ts.map
