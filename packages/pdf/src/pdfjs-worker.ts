/**
 * pdf.js' worker for browsers (a Web Worker, or an extension's), with the one thing it lacks: pdf.js
 * leaves some promises nobody awaits (its page-tree prefetch rejects with XRefEntryException when a
 * damaged xref points at the wrong object), each an uncaught error in this worker although the read it
 * belongs to settles with its own error. Handled here, they are logged at debug level only.
 *
 *   // Vite: a module worker bundled from this entry
 *   import PdfjsWorker from '@hezhang/pdf/pdfjs-worker?worker';
 *   GlobalWorkerOptions.workerPort = new PdfjsWorker();
 */
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';
import { installThreadReading } from './thread-reading.js';

// Pages read here, where pdf.js parses them (thread-reading.ts): for reads told `workerReadsPages`.
installThreadReading(WorkerMessageHandler);

addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  console.debug('[hezhang] pdf.js left a rejection nobody awaited:', event.reason);
});
