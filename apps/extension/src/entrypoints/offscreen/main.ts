import { readPdfAt } from '../../pdf/read-pdf';
import { startPdfWorker, warmPdfWorkers } from '../../pdf/worker';
import { handleMessages, sendMessage } from '../../shared/messages';
import { checkedTogether } from '../../together/read-together';

// Chrome's offscreen document: reads PDFs for the background, which queues and caches them. It is
// created for the first PDF a page asks about: its pdf.js worker (one, shared by the reads at once)
// starts now, while the request for the PDF arrives and the PDF is fetched and hashed. (The readers
// stay static imports: loaded by dynamic import after this module, they were ready 1–2.5 s later at
// load 23–29, see /work/notes/ext-speed.md.)
startPdfWorker();
warmPdfWorkers();
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
