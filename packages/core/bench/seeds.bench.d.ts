export {};
//# sourceMappingURL=seeds.bench.d.ts.map
