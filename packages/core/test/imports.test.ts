import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every import points down the data flow. Folders of `src/` in order, lowest first: a module may
 * import from its own folder and from folders of a lower rank, never from a higher one nor from a
 * sibling of the same rank. Beneath everything: text/ (normalisation), model/ (the types every stage
 * speaks) and templates/ (everything regional, as data). On top: the entries in `src/` itself
 * (parse.ts, check.ts, index.ts).
 */
const RANK: Record<string, number> = {
  text: 0,
  model: 1,
  templates: 2,
  bytes: 3,
  layout: 4,
  recognize: 5,
  read: 6,
  prose: 6,
  meta: 6,
  claims: 7,
  reconcile: 8,
  report: 9,
  debug: 9,
  review: 10,
  across: 10,
  '.': 11,
};

/** Known upward imports, each with its reason: none. Keep it so. */
const ALLOWED = new Set<string>();

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import or re-export of a module, as paths from src/ ("read/anatomy.ts"). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g),
  ]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((s) => s.startsWith('.'));
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

const folderOf = (path: string) => (path.includes('/') ? (path.split('/')[0] as string) : '.');

/** The imports that run against the flow: to a higher rank, to a sibling, or between unknown folders. */
export function upward(edges: readonly { from: string; to: string }[]): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    const edge = `${from} -> ${to}`;
    if (ALLOWED.has(edge)) continue;
    const ra = RANK[a];
    const rb = RANK[b];
    if (ra === undefined || rb === undefined || rb >= ra) out.push(edge);
  }
  return out;
}

describe('the data flow', () => {
  const edges = files(SRC).flatMap((file) => importsOf(file).map((to) => ({ from: relative(SRC, file), to })));

  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => RANK[f] === undefined)).toEqual([]);
  });

  it('has no import that runs back up', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(upward(edges)).toEqual([]);
  });

  it('would catch one: an upward import, a sibling import, an unknown folder', () => {
    expect(
      upward([
        { from: 'layout/plain.ts', to: 'read/grid.ts' },
        { from: 'prose/sections.ts', to: 'read/draft.ts' },
        { from: 'model/table.ts', to: 'templates/index.ts' },
        { from: 'reconcile/rule.ts', to: 'report/report.ts' },
        { from: 'somewhere/x.ts', to: 'model/table.ts' },
        { from: 'read/tables.ts', to: 'recognize/segment.ts' },
      ]),
    ).toEqual([
      'layout/plain.ts -> read/grid.ts',
      'prose/sections.ts -> read/draft.ts',
      'model/table.ts -> templates/index.ts',
      'reconcile/rule.ts -> report/report.ts',
      'somewhere/x.ts -> model/table.ts',
    ]);
  });

  it('is named, folder by folder, in the README', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const flow = /Data flow[\s\S]*?\n\n/.exec(readme)?.[0] ?? '';
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => !flow.includes(`\`${f}/\``))).toEqual([]);
  });
});
