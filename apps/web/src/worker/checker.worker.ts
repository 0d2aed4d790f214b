/**
 * The checking worker: reads files (a pool of these) or keeps and checks the session's documents (one
 * of these), off the main thread, exposed with comlink.
 */
import { expose } from 'comlink';
import { Batch } from './batch.js';
import type { CheckerApi } from './protocol.js';
import { readInput, warmReader } from './read-input.js';

const batch = new Batch();
/** The idle warm-up's read, abandoned when a real file arrives (which does not wait for it). */
let warming: AbortController | undefined;

const api: CheckerApi = {
  read: (name, bytes, resources, onProgress, limits) => {
    warming?.abort();
    return readInput(name, bytes, resources, onProgress, limits);
  },
  warmReader: (resources, sample) => {
    const abort = new AbortController();
    warming = abort;
    return warmReader(resources, sample, abort.signal).finally(() => {
      if (warming === abort) warming = undefined;
    });
  },
  warmChecker: (sample) => Batch.warm(sample),
  add: (id, document) => batch.add(id, document),
  remove: (id) => batch.remove(id),
  check: () => batch.check(),
};

expose(api);
