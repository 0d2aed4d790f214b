/**
 * What a pdf.js thread of node-thread.ts runs beside pdf.js' worker, loaded there by name
 * (`@hezhang/pdf/node-thread-work`): whole pages read where pdf.js parses them (thread-reading.ts),
 * the pre-scan of each file before pdf.js is given it (prescan/), on the thread that will parse it,
 * so that the calling thread only asks and gets answers, and pdf.js' inflate by one call to zlib per
 * stream (node-decompression.ts).
 */
import type { MessagePort } from 'node:worker_threads';
import { InputError } from './errors.js';
import type { ReadLimits } from './limits.js';
import { prescan } from './prescan/index.js';
import { nodeInflate } from './prescan/node-inflate.js';

export { installOneShotInflate } from './node-decompression.js';
export { installThreadReading } from './thread-reading.js';

/** A pre-scan asked of the thread: the file (a copy, transferred) and where to answer. */
export interface PrescanRequest {
  bytes: Uint8Array;
  limits: ReadLimits;
  password?: string;
  reply: MessagePort;
}

/** The answer: nothing when the file may be read, else the refusal (an InputError's code and reason). */
export interface PrescanAnswer {
  refusal?: { code: InputError['code']; reason: InputError['reason'] };
}

/** Answers the pre-scans the calling thread posts on `port` (`{ prescan: PrescanRequest }`). */
export function answerPrescans(port: MessagePort): void {
  port.on('message', (message: { prescan?: PrescanRequest }) => {
    const request = message?.prescan;
    if (!request) return;
    const answer = (a: PrescanAnswer) => {
      request.reply.postMessage(a);
      request.reply.close();
    };
    prescan(request.bytes, request.limits, nodeInflate, request.password).then(
      () => answer({}),
      // Anything but a refusal is structure the scan could not follow: pdf.js reads it its own way (read.ts).
      (error: unknown) =>
        answer(error instanceof InputError ? { refusal: { code: error.code, reason: error.reason } } : {}),
    );
  });
}
