export {};
//# sourceMappingURL=subjects.test.d.ts.map
