/**
 * The checking worker: reads files (a pool of these) or keeps and checks the session's documents (one
 * of these), off the main thread, exposed with comlink.
 */
import { expose } from 'comlink';
import { Batch } from './batch.js';
import type { CheckerApi } from './protocol.js';
import { readInput } from './read-input.js';

const batch = new Batch();

const api: CheckerApi = {
  read: (name, bytes, resources, onProgress) => readInput(name, bytes, resources, onProgress),
  add: (id, document) => batch.add(id, document),
  remove: (id) => batch.remove(id),
  check: () => batch.check(),
};

expose(api);
