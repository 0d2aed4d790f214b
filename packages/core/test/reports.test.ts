import { describe, expect, it } from 'vitest';
import { checkDocument, checkDocuments, parseText } from '../src/index.js';
import { reportGolden, SEEDS } from './helpers.js';

/**
 * Every report on the seeds, finding by finding, against golden data generated before the engine's
 * structure was reworked (issue 11): a refactor that changes what a report says fails here.
 */
describe.each(SEEDS)('report on seed $file', ({ id, file, text }) => {
  it('says what it said before', async () => {
    const report = checkDocument(parseText(text, { name: file }), { passes: true });
    await expect(`${JSON.stringify(reportGolden(report), null, 1)}\n`).toMatchFileSnapshot(`golden/${id}.report.json`);
  });
});

describe('reports on the seeds checked together', () => {
  it('group and compare as before', async () => {
    const reports = checkDocuments(SEEDS.map((s) => parseText(s.text, { name: s.file })));
    const compact = reports.map((r) => {
      const golden = reportGolden(r);
      return {
        name: r.source.name,
        previous: r.previous,
        summary: r.summary,
        across: (golden.checks as string[]).filter((c) => c.startsWith('across.')),
        findings: (golden.findings as { rule: string }[]).filter((f) => f.rule.startsWith('across.')),
      };
    });
    await expect(`${JSON.stringify(compact, null, 1)}\n`).toMatchFileSnapshot('golden/batch.report.json');
  });
});
