import { readPdfAt } from '../../pdf/read-pdf';
import { startPdfWorker } from '../../pdf/worker';
import { handleMessages, sendMessage } from '../../shared/messages';

// Chrome's offscreen document: reads PDFs for the background, which queues and caches them.
startPdfWorker();
handleMessages({
  'offscreen:read': ({ url }) => readPdfAt(url, (hash) => sendMessage('cache:lookup', { hash })),
});
