import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';

// Streams a generated PDF: rendering writes into a pass-through that the reply sends as it fills,
// so a certificate starts arriving before it is finished. A rendering error ends the stream.
export function sendPdf(reply: FastifyReply, fileName: string, render: (out: Writable) => Promise<void>): FastifyReply {
  const stream = new PassThrough();
  render(stream).catch((err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))));
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName.replace(/[^0-9A-Za-z.-]/g, '-')}"`).send(stream);
}

export function sendStream(reply: FastifyReply, mime: string, stream: Readable): FastifyReply {
  return reply.type(mime).send(stream);
}
