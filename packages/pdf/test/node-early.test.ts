import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { startPdfThreads } from '../src/node-early.js';

/**
 * pdf.js' threads started before the reader loads (the CLI's first step): the reader takes them, and
 * what a thread said while nobody listened (pdf.js' worker announces itself once loaded) is heard once
 * a read uses it; a program that then reads no PDF ends as if none had been started.
 */

it('a thread started before the reader loads, and idle since, reads for the reader', { timeout: 60_000 }, async () => {
  startPdfThreads(1);
  // Long enough for pdf.js' worker to have loaded and announced itself with no one listening.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { extractPositioned } = await import('../src/node.js');
  const read = (name: string) =>
    extractPositioned(new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url))));
  const [a, b] = await Promise.all([read('seed-003.pdf'), read('seed-001-joined.pdf')]);
  expect([a.pages.length, b.pages.length]).toEqual([19, 14]);
  expect(a.pages.some((p) => p.items.some((i) => i.text.includes('合计')))).toBe(true);
});

it('a program that starts them and reads no PDF ends by itself', { timeout: 60_000 }, () => {
  const entry = new URL('../dist/node-early.js', import.meta.url).href;
  const script = `const { startPdfThreads } = await import(${JSON.stringify(entry)}); startPdfThreads(2); console.log('started');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(run.error).toBeUndefined();
  expect([run.status, run.stdout.trim()]).toEqual([0, 'started']);
});
