export {};
//# sourceMappingURL=seeds.test.d.ts.map
