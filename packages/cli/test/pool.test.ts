import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/inputs.js';
import { processAll, readingOrder } from '../src/pool.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../pdf/fixtures/${name}`, import.meta.url));

/** Three budget PDFs of different sizes, the smallest first. */
const FILES = ['seed-002-unruled.pdf', 'seed-001-joined.pdf', 'seed-003.pdf'].map(fixture);

describe('the order a batch is read in', () => {
  it('puts the largest files first, unknown sizes last, ties in input order', () => {
    const order = readingOrder([
      { path: 'a', name: 'a', size: 10 },
      { path: 'b', name: 'b' },
      { path: 'c', name: 'c', size: 30 },
      { path: 'd', name: 'd', size: 10 },
    ]);
    expect(order).toEqual([2, 0, 3, 1]);
  });

  it('knows the sizes of the files it lists, from arguments and folders alike', async () => {
    const { inputs } = await expandInputs([
      FILES[0] as string,
      fileURLToPath(new URL('../../pdf/fixtures/documents/', import.meta.url)),
    ]);
    expect(inputs.length).toBeGreaterThan(1);
    for (const input of inputs) expect(input.size).toBe(statSync(input.path).size);
  });

  it('reads the largest file first and still answers in input order', { timeout: 120_000 }, async () => {
    const sizes = FILES.map((path) => statSync(path).size);
    expect(sizes[0]).toBeLessThan(sizes[1] as number);
    expect(sizes[1]).toBeLessThan(sizes[2] as number);
    const { inputs } = await expandInputs(FILES);
    const finished: number[] = [];
    const outcomes = await processAll(inputs, 1, (index) => finished.push(index));
    // One lane: files finish in the order they are read.
    expect(finished).toEqual([2, 1, 0]);
    expect(outcomes.map((o) => (o.kind === 'documents' ? o.documents[0]?.source.name : o.error.code))).toEqual(
      FILES.map((path) => basename(path)),
    );
  });
});
