// The offscreen document's readers: @hezhang/pdf (pdf.js' display layer), core. Loaded by main.ts
// after it has started the pdf.js workers (their code compiles while this loads).
import { readPdfAt } from '../../pdf/read-pdf';
import { startPdfWorker } from '../../pdf/worker';
import { checkedTogether } from '../../together/read-together';

startPdfWorker();

export { checkedTogether, readPdfAt };
