import { readPdfAt } from '../../pdf/read-pdf';
import { startPdfWorker } from '../../pdf/worker';
import { handleMessages, sendMessage } from '../../shared/messages';
import { checkedTogether } from '../../together/read-together';

// Chrome's offscreen document: reads PDFs for the background, which queues and caches them.
startPdfWorker();
// Every read settles through readPdfAt; a rejection that still escapes (pdf.js falling back to its
// in-page fake worker leaves some) is logged, never left to end the document.
addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  console.warn('[hezhang] rejection nobody handled in the offscreen document:', event.reason);
});
handleMessages({
  // Nothing here draws with pdf.js: its fonts are loaded for reading only (no CFF recompiling, no font
  // parsed by Chromium; the same text, @hezhang/pdf's browser entry).
  'offscreen:read': ({ url }) =>
    readPdfAt(url, async (hash) => (await sendMessage('cache:lookup', { hash })) ?? null, 'stand-in'),
  'offscreen:together': async ({ documents }) => checkedTogether(documents),
});
