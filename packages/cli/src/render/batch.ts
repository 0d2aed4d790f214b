import type { Report } from '@hezhang/core';
import type { Lang } from '../args.js';
import type { InputFailure } from '../inputs.js';
import { counted } from './report.js';
import { displayWidth, padEnd } from './width.js';

/** One input of a batch as the summary lists it: its report, or why it was not read. */
export type BatchLine = { name: string; report: Report } | { name: string; failure: InputFailure };

const VERDICT_MARK: Record<Report['summary']['verdict'], string> = {
  ok: '✓',
  warning: '!',
  error: '✗',
  incomplete: '?',
};

/** Short verdicts for the summary's column (the report's own heading spells them out). */
const SHORT: Record<Report['summary']['verdict'] | 'unread', { zh: string; en: string }> = {
  ok: { zh: '一致', en: 'consistent' },
  warning: { zh: '有警告', en: 'warnings' },
  error: { zh: '发现错误', en: 'errors found' },
  incomplete: { zh: '未能完整核对', en: 'not fully checked' },
  unread: { zh: '无法读取', en: 'not read' },
};

/**
 * After a batch: one line per document (a file of several documents: one each) or unread file (verdict,
 * then counts) in input order and a total, so that a
 * volunteer who checked a folder sees at the end which files to open first.
 */
export function renderBatchSummary(lines: readonly BatchLine[], lang: Lang, files = lines.length): string {
  const en = lang === 'en';
  const rows = lines.map((line) => {
    if ('failure' in line)
      return {
        mark: '×',
        verdict: SHORT.unread[lang],
        counts: '',
        name: `${line.name}${en ? ` (${line.failure.reason.en})` : `（${line.failure.reason.zh}）`}`,
      };
    const s = line.report.summary;
    return {
      mark: VERDICT_MARK[s.verdict],
      verdict: SHORT[s.verdict][lang],
      counts: counted(s, lang),
      name: line.name,
    };
  });
  const verdictWidth = Math.max(...rows.map((r) => displayWidth(r.verdict)));
  const countsWidth = Math.max(...rows.map((r) => displayWidth(r.counts)));
  // A file may hold several documents (a department's budget with its units'): a line each.
  const heading =
    files === lines.length
      ? en
        ? `${files} files`
        : `${files} 个文件`
      : en
        ? `${files} files, ${lines.length} documents`
        : `${files} 个文件，${lines.length} 份文档`;
  const out = [en ? `━━ summary: ${heading} ━━` : `━━ 汇总：${heading} ━━`];
  for (const r of rows)
    out.push(`  ${r.mark} ${padEnd(r.verdict, verdictWidth)}  ${padEnd(r.counts, countsWidth)}  ${r.name}`.trimEnd());

  const reports = lines.flatMap((l) => ('report' in l ? [l.report] : []));
  const by = (v: Report['summary']['verdict']) => reports.filter((r) => r.summary.verdict === v).length;
  const unread = lines.length - reports.length;
  const sum = (k: 'errors' | 'warnings' | 'infos') => reports.reduce((n, r) => n + r.summary[k], 0);
  const totals = { errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos') };
  out.push(
    en
      ? `total: ${[
          `${by('error')} with errors`,
          `${by('warning')} with warnings`,
          `${by('ok')} consistent`,
          `${by('incomplete')} not fully checked`,
          ...(unread ? [`${unread} not read`] : []),
        ].join(', ')}; ${counted(totals, lang)}`
      : `合计：${[
          `发现错误 ${by('error')} 个`,
          `有警告 ${by('warning')} 个`,
          `一致 ${by('ok')} 个`,
          `未能完整核对 ${by('incomplete')} 个`,
          ...(unread ? [`无法读取 ${unread} 个`] : []),
        ].join('，')}；${counted(totals, lang)}`,
  );
  return out.join('\n');
}
