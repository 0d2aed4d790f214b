/**
 * The checking worker: reads files (a pool of these) or keeps and checks the session's documents (one
 * of these), off the main thread, exposed with comlink. A reader sends each document it reads to the
 * checker through a port of their own (connectReader / connectChecker).
 */
import { expose } from 'comlink';
import { Batch } from './batch.js';
import { type CheckerApi, type DocumentMessage, documentId, WARM_ID } from './protocol.js';
import { readInput, warmReader } from './read-input.js';

const batch = new Batch();
/** The idle warm-up's read, abandoned when a real file arrives (which does not wait for it). */
let warming: AbortController | undefined;
/** A reader's port to the checker. */
let checker: MessagePort | undefined;

function send(message: DocumentMessage): void {
  checker?.postMessage(message);
}

const api: CheckerApi = {
  connectReader: (port) => {
    checker = port;
  },
  connectChecker: (port, to) => (to === 'page' ? batch.reportTo(port) : batch.listen(port)),
  read: (id, name, bytes, resources, onProgress, limits) => {
    warming?.abort();
    return readInput(name, bytes, resources, onProgress, limits, (document, index, count) =>
      send({ id: documentId(id, index, count), document }),
    );
  },
  warmReader: (resources, sample) => {
    const abort = new AbortController();
    warming = abort;
    return warmReader(resources, sample, abort.signal, (document) => send({ id: WARM_ID, document })).finally(() => {
      if (warming === abort) warming = undefined;
    });
  },
  warmChecker: () => batch.warm(),
  add: (id, savedAs, pages) => batch.add(id, savedAs, pages),
  remove: (id) => batch.remove(id),
  check: () => batch.check(),
  saved: () => batch.saved(),
};

expose(api);
