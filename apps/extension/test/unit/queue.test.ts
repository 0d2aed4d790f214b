import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/background/queue';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('JobQueue', () => {
  it('runs at most `limit` jobs at once, in arrival order', async () => {
    const queue = new JobQueue<string>(2);
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const results = gates.map((g, i) =>
      queue.run(`u${i}`, () => {
        started.push(i);
        return g.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.active).toBe(2);
    gates[0]?.resolve('a');
    await results[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve('b');
    gates[2]?.resolve('c');
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(queue.active).toBe(0);
  });

  it('runs a job asked for twice only once', async () => {
    const queue = new JobQueue<number>(1);
    let runs = 0;
    const job = async () => ++runs;
    const [a, b] = await Promise.all([queue.run('same', job), queue.run('same', job)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await queue.run('same', job)).toBe(2);
  });

  it('frees the slot when a job fails', async () => {
    const queue = new JobQueue<number>(1);
    await expect(queue.run('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run('y', async () => 7)).toBe(7);
  });
});
