/** The rule list as a markdown page (docs/rules.md is this, regenerated with `pnpm hezhang rules`). */
export declare function rulesMarkdown(): string;
//# sourceMappingURL=rules-doc.d.ts.map
