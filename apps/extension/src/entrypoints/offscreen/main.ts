import { warmPdfWorkers } from '../../pdf/worker-pool';
import { handleMessages, sendMessage } from '../../shared/messages';

// Chrome's offscreen document: reads PDFs for the background, which queues and caches them. It is
// created for the first PDF a page asks about: the pdf.js workers start now, and the readers (pdf.js'
// display layer, @hezhang/pdf, core: most of the code) load meanwhile.
warmPdfWorkers();
const reading = import('./reading');
// Every read settles through readPdfAt; a rejection that still escapes (pdf.js falling back to its
// in-page fake worker leaves some) is logged, never left to end the document.
addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  console.warn('[hezhang] rejection nobody handled in the offscreen document:', event.reason);
});
handleMessages({
  // Nothing here draws with pdf.js: its fonts are loaded for reading only (no CFF recompiling, no font
  // parsed by Chromium; the same text, @hezhang/pdf's browser entry).
  'offscreen:read': async ({ url }) =>
    (await reading).readPdfAt(url, async (hash) => (await sendMessage('cache:lookup', { hash })) ?? null, 'stand-in'),
  'offscreen:together': async ({ documents }) => (await reading).checkedTogether(documents),
});
