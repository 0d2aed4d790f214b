#!/usr/bin/env node
/**
 * What the reader and the rules make of every document at hand, written as one small JSON file per
 * document, so that a change to the reader or the rules can be compared before and after:
 *
 *   node scripts/reading-snapshot.mjs OUT_DIR        (after `pnpm build`; reads with the built CLI)
 *   node scripts/reading-snapshot.mjs --diff A B     (what changed between two snapshots)
 *
 * Documents: the PDF fixtures (packages/pdf/fixtures and its layouts/), the seeds, and the shared real
 * PDFs ($HEZHANG_REAL_PDFS, ../shared/fixtures/real, /work/shared/fixtures/real). Per document: every
 * table cell as read (kind, row key, column, fen), the table problems, the prose paragraphs' count,
 * the claims' count by kind, and every finding (rule, severity, message, places).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repo, 'packages/cli/bin/hezhang.js');

function documents() {
  const files = [];
  const pdfs = (dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => join(dir, f))
      : [];
  files.push(...pdfs(join(repo, 'packages/pdf/fixtures')), ...pdfs(join(repo, 'packages/pdf/fixtures/layouts')));
  files.push(
    ...readdirSync(join(repo, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(repo, 'seeds', f)),
  );
  const real = [
    process.env.HEZHANG_REAL_PDFS,
    join(repo, '../shared/fixtures/real'),
    '/work/shared/fixtures/real',
  ].find((d) => d && existsSync(d));
  if (real) files.push(...pdfs(real).map((f) => f));
  return files;
}

function run(args) {
  try {
    return execFileSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (error) {
    // Exit 1 (error findings) still prints the report; exit 2 prints an error entry.
    if (typeof error.stdout === 'string' && error.stdout.trim() !== '') return error.stdout;
    return JSON.stringify([{ error: String(error.stderr ?? error.message).trim() }]);
  }
}

function snapshot(file) {
  const [doc] = JSON.parse(run(['extract', '--json', file]));
  const [report] = JSON.parse(run(['check', '--json', file]));
  if (!doc || doc.error) return { error: doc?.error ?? 'no output' };
  const cells = [];
  const problems = [];
  for (const table of doc.tables ?? []) {
    for (const row of table.rows ?? []) {
      for (const [column, fen] of Object.entries(row.values ?? {})) {
        if (fen !== null)
          cells.push(`${table.kind} p${table.pages?.join(',')} ${row.key ?? row.label} ${column} = ${fen}`);
      }
    }
    for (const p of table.problems ?? []) problems.push(`${table.kind} ${p.code} ${JSON.stringify(p.params ?? {})}`);
  }
  const claims = {};
  for (const c of doc.claims ?? []) claims[c.kind] = (claims[c.kind] ?? 0) + 1;
  const findings = (report?.findings ?? []).map(
    (f) =>
      `${f.severity} ${f.rule} ${f.message?.zh ?? f.message} @ ${(f.refs ?? [])
        .map((r) => r.page)
        .filter(Boolean)
        .join(',')}`,
  );
  return {
    tables: (doc.tables ?? []).map((t) => `${t.kind} p${t.pages?.join(',')} rows ${t.rows?.length ?? 0}`),
    cells,
    problems,
    diagnostics: (doc.diagnostics ?? []).map((d) => d.code ?? JSON.stringify(d)),
    paragraphs: (doc.sections ?? []).reduce((n, s) => n + (s.paragraphs?.length ?? 0), 0),
    claims,
    summary: report?.summary,
    findings,
  };
}

function diff(a, b) {
  let changed = 0;
  for (const name of [...new Set([...readdirSync(a), ...readdirSync(b)])].sort()) {
    const before = existsSync(join(a, name)) ? JSON.parse(readFileSync(join(a, name), 'utf8')) : {};
    const after = existsSync(join(b, name)) ? JSON.parse(readFileSync(join(b, name), 'utf8')) : {};
    const lines = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const [x, y] = [before[key], after[key]];
      if (Array.isArray(x) || Array.isArray(y)) {
        const sx = new Set(x ?? []);
        const sy = new Set(y ?? []);
        for (const v of x ?? []) if (!sy.has(v)) lines.push(`  - ${key}: ${v}`);
        for (const v of y ?? []) if (!sx.has(v)) lines.push(`  + ${key}: ${v}`);
      } else if (JSON.stringify(x) !== JSON.stringify(y)) {
        lines.push(`  ~ ${key}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      }
    }
    if (lines.length > 0) {
      changed++;
      console.log(`${name}\n${lines.join('\n')}`);
    }
  }
  console.log(changed === 0 ? 'no differences' : `${changed} document(s) differ`);
}

const args = process.argv.slice(2);
if (args[0] === '--diff' && args[1] && args[2]) diff(args[1], args[2]);
else if (args[0] && !args[0].startsWith('-')) {
  mkdirSync(args[0], { recursive: true });
  for (const file of documents()) {
    const name = `${basename(file)}.json`;
    writeFileSync(join(args[0], name), `${JSON.stringify(snapshot(file), null, 1)}\n`);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} else {
  console.error('usage: reading-snapshot.mjs OUT_DIR | --diff A B');
  process.exit(2);
}
