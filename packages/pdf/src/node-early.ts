/**
 * The first step of a Node program that will read PDFs (the CLI's bin.ts): pdf.js' threads started
 * before @hezhang/pdf/node, core and pdf.js' display side are loaded — this entry loads none of them.
 */
export { startPdfThreads } from './node-thread.js';
