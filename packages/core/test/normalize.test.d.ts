export {};
//# sourceMappingURL=normalize.test.d.ts.map
