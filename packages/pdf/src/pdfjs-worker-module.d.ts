/** pdf.js' worker build as a module (pdfjs-dist ships no types for it): what pdfjs-worker.ts takes from it. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
