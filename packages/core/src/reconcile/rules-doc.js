import { SECTION_TITLES } from './rule.js';
import { RULES } from './rules/index.js';
/** The rule list as a markdown page (docs/rules.md is this, regenerated with `pnpm hezhang rules`). */
export function rulesMarkdown() {
  const lines = [
    '# Rules',
    '',
    'Every rule runs on every document and reports `pass`, `fail`, `not_applicable` (nothing to check,',
    'e.g. no such table) or `insufficient_data` (a value it needs could not be read). This page is',
    'generated from `RULES` in `@hezhang/core` (`pnpm hezhang rules > docs/rules.md`); a test keeps it in step.',
  ];
  let section = '';
  for (const r of RULES) {
    if (r.section !== section) {
      section = r.section;
      const t = SECTION_TITLES[r.section];
      lines.push('', `## ${t.zh} — ${t.en}`, '', '| id | 规则 | rule | severity | formula |', '|---|---|---|---|---|');
    }
    lines.push(`| \`${r.id}\` | ${r.title} | ${r.titleEn} | ${r.severity} | ${r.formula.replaceAll('|', '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=rules-doc.js.map
