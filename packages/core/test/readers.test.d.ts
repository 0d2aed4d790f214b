export {};
//# sourceMappingURL=readers.test.d.ts.map
