/**
 * Plain pdf.js, the floor any reader of a PDF's text and rulings through pdf.js pays: the text content
 * and the operator list of every page and the metadata, nothing done with them. It runs pdf.js' worker
 * on a worker thread of its own, as @hezhang/pdf does (and browsers), one document at a time. Needs the
 * built package (pnpm build): its thread host and the natives its Node entry restores.
 */
const { nodeResources } = await import('../dist/node.js');
const { threadHost } = await import('../dist/node-thread.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const host = threadHost(pdfjs);

export async function plainPdfjs(bytes) {
  const lease = await host.acquire();
  try {
    const pdf = await pdfjs.getDocument({
      data: bytes.slice(),
      ...nodeResources(),
      cMapPacked: true,
      isEvalSupported: false,
      verbosity: 0,
      worker: lease.worker,
    }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      await page.getTextContent({ disableNormalization: true });
      await page.getOperatorList();
      page.cleanup();
    }
    await pdf.getMetadata();
    await pdf.destroy();
  } finally {
    lease.release(false);
  }
}
