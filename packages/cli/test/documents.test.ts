import { fileURLToPath } from 'node:url';
import { Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

/**
 * A PDF that holds two documents (a 2023 budget and a 2026 one after it, on its cover): the CLI checks
 * each as it checks them in files of their own, names each with its pages, and its batch summary counts
 * one file and two documents.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../../pdf/fixtures/${name}`, import.meta.url));
const TWO = fixture('documents/two-documents.pdf');

describe('a file of several documents', () => {
  it('checks each document of the file as if it were a file of its own', { timeout: 120_000 }, async () => {
    const both = (await runCli(['check', '--json', TWO])).stdout;
    const parts = (JSON.parse(both) as unknown[]).map((r) => Report.parse(r));
    const apart = (
      JSON.parse(
        (await runCli(['check', '--json', fixture('seed-001-joined.pdf'), fixture('seed-003.pdf')])).stdout,
      ) as unknown[]
    ).map((r) => Report.parse(r));
    expect(parts.map((r) => r.source.name)).toEqual([
      'two-documents.pdf（第1–14页）',
      'two-documents.pdf（第15–33页）',
    ]);
    const told = (r: Report) => [r.document.meta, r.summary, r.findings.map((f) => [f.rule, f.severity, f.message.zh])];
    expect(parts.map(told)).toEqual(apart.map(told));
    // Each its own identity for review marks.
    expect(new Set(parts.map((r) => r.source.sha256)).size).toBe(2);

    const { stdout } = await runCli(['check', TWO]);
    const tail = stdout.trimEnd().split('\n').slice(-4);
    expect(tail[0]).toBe('━━ 汇总：1 个文件，2 份文档 ━━');
    expect(tail.slice(1, 3).map((l) => l.trim().split(/\s+/).at(-1))).toEqual([
      'two-documents.pdf（第1–14页）',
      'two-documents.pdf（第15–33页）',
    ]);
  });
});
