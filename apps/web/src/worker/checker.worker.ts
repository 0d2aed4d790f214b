/** The checking worker: reads files and runs core's checks off the main thread, exposed with comlink. */
import { checkDocuments } from '@hezhang/core';
import { expose } from 'comlink';
import type { CheckerApi } from './protocol.js';
import { readInput } from './read-input.js';

const api: CheckerApi = {
  read: (name, bytes, resources, onProgress) => readInput(name, bytes, resources, onProgress),
  // passes: the comparisons that held, for the tables' row marks.
  check: (documents) => checkDocuments(documents, { passes: true }),
};

expose(api);
