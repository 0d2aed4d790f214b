/**
 * The READMEs and CONTRIBUTING.md say what the program does: every file or folder they name exists,
 * every `pnpm` script they run is one of the workspace's, and every `hezhang` command line they show
 * is one the CLI accepts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HelpRequested, parseOptions, VersionRequested } from '../src/args.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'packages/core/README.md',
  'packages/pdf/README.md',
  'packages/cli/README.md',
  'packages/ui/README.md',
  'apps/web/README.md',
];
const text = (doc: string) => readFileSync(join(ROOT, doc), 'utf8');

/** Paths from the repository's root named in a document (globs and placeholders aside). */
function pathsIn(doc: string): string[] {
  const found = text(doc).matchAll(/(?<![\w/.-])((?:packages|apps|docs|scripts|seeds|\.changeset)\/[\w./-]*[\w/])/g);
  return [...new Set([...found].map((m) => m[1] as string))].filter((p) => !/NNN|\*|\.\.\./.test(p));
}

/** Lines of the documents' code blocks. */
function codeLines(doc: string): string[] {
  return [...text(doc).matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => (m[1] as string).split('\n'));
}

describe('the documents', () => {
  for (const doc of DOCS)
    it(`${doc} names only files and folders that exist`, () => {
      // From the repository's root, or from the document's own folder ("scripts/serve.mjs" in apps/web).
      const here = join(ROOT, doc, '..');
      const missing = pathsIn(doc).filter((p) => !existsSync(join(ROOT, p)) && !existsSync(join(here, p)));
      expect(missing).toEqual([]);
    });

  it('run only pnpm scripts the workspace has', () => {
    const scripts = Object.keys(JSON.parse(text('package.json')).scripts as Record<string, string>);
    // pnpm's own commands, and the workspace's binaries pnpm runs by name.
    const builtins = ['install', 'exec', 'dlx', 'add', 'turbo', 'biome', 'vitest'];
    for (const doc of DOCS)
      for (const line of codeLines(doc)) {
        const m = /(?:^|&&\s*)(?:npx -y pnpm@[\d.]+|pnpm)\s+(?!--filter)([\w:-]+)/.exec(line.trim());
        if (m?.[1]) expect([...scripts, ...builtins], `${doc}: ${line}`).toContain(m[1]);
      }
  });

  it('show only hezhang command lines the CLI accepts', () => {
    let shown = 0;
    for (const doc of DOCS)
      for (const line of codeLines(doc)) {
        const m = /(?:pnpm hezhang|node packages\/cli\/bin\/hezhang\.js|^hezhang)\s+([^#>]*)/.exec(line.trim());
        if (!m) continue;
        const argv = (m[1] as string).trim().split(/\s+/).filter(Boolean);
        shown++;
        try {
          parseOptions(argv);
        } catch (error) {
          if (!(error instanceof HelpRequested || error instanceof VersionRequested))
            throw new Error(`${doc}: ${line}: ${String(error)}`);
        }
      }
    expect(shown).toBeGreaterThan(5);
  });
});
