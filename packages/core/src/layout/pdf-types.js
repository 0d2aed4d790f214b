export {};
//# sourceMappingURL=pdf-types.js.map
