import { SECTION_TITLES } from '../model/report.js';
import { compileTemplate, TEMPLATES, type Template } from '../templates/index.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The rule list as a markdown page (docs/rules.md is this, regenerated with `pnpm hezhang rules`).
 * Formulas come from the templates: the first template's for every rule, then, per other template,
 * the rules whose formula reads otherwise there.
 */
export function rulesMarkdown(templates: readonly Template[] = TEMPLATES, rules: readonly Rule[] = RULES): string {
  const [first, ...others] = templates.map(compileTemplate);
  const lines = [
    '# Rules',
    '',
    'Every rule runs on every document and reports `pass`, `fail`, `not_applicable` (nothing to check,',
    'e.g. no such table) or `insufficient_data` (a value it needs could not be read). This page is',
    'generated from `RULES` in `@hezhang/core` and the templates (`pnpm hezhang rules > docs/rules.md`);',
    'a test keeps it in step.',
  ];
  if (!first) return `${lines.join('\n')}\n`;
  lines.push('', `Formulas as template \`${first.template.id}\` (${first.template.name}) states them.`);
  let section = '';
  for (const r of rules) {
    if (r.section !== section) {
      section = r.section;
      const t = SECTION_TITLES[r.section];
      lines.push('', `## ${t.zh} — ${t.en}`, '', '| id | 规则 | rule | severity | formula |', '|---|---|---|---|---|');
    }
    lines.push(`| \`${r.id}\` | ${r.title.zh} | ${r.title.en} | ${r.severity} | ${cell(r.formula(first).zh)} |`);
  }
  for (const other of others) {
    const differ = rules.filter((r) => r.formula(other).zh !== r.formula(first).zh);
    if (differ.length === 0) continue;
    lines.push(
      '',
      `## Template \`${other.template.id}\` (${other.template.name})`,
      '',
      'Formulas that read otherwise with this template:',
      '',
      '| id | formula |',
      '|---|---|',
    );
    for (const r of differ) lines.push(`| \`${r.id}\` | ${cell(r.formula(other).zh)} |`);
  }
  return `${lines.join('\n')}\n`;
}
