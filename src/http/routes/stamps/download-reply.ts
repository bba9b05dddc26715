import { PassThrough, Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderLabelSheet } from '../../../documents/label-sheet-pdf.js';
import type { LabelJob, StampCodes } from '../../../services/stamps/label-sheet.js';
import type { PinFile } from '../../../services/stamps/release-pins.js';

// Downloads that stream: the PDF is rendered page by page while the client reads it; if the
// client goes away, the label source is aborted so rendering stops instead of running on.

export function sendLabelSheet(request: FastifyRequest, reply: FastifyReply, job: LabelJob, abort: AbortController): FastifyReply {
  const out = new PassThrough();
  reply.raw.once('close', () => {
    if (!out.writableFinished) abort.abort();
  });
  renderLabelSheet(job.layout, job.labels, out, { title: job.title }).catch((err: unknown) => {
    request.log.warn({ err }, 'label sheet stopped');
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return reply.type('application/pdf').header('content-disposition', `attachment; filename="${job.filename}"`).header('cache-control', 'no-store').send(out);
}

export function sendPinFile(reply: FastifyReply, file: PinFile): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.filename}"`).header('cache-control', 'no-store').send(Readable.from(file.lines));
}

/** The codes as CSV (serial and the URL its QR must encode), for producers who print their own. */
export function sendCodeList(reply: FastifyReply, codes: StampCodes, abort: AbortController): FastifyReply {
  async function* lines(): AsyncGenerator<string> {
    yield 'serial,url\n';
    for await (const label of codes.labels) yield `${label.serial},${label.url}\n`;
  }
  reply.raw.once('close', () => abort.abort());
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="ma-tem-ocop-${codes.batchId}.csv"`).header('cache-control', 'no-store').send(Readable.from(lines()));
}
