import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ExportJob } from '../../../services/registry-io/export-registry.js';

/** Streams an export as a download. Filters and scope were resolved before the first byte. */
export function sendExport(reply: FastifyReply, job: ExportJob): FastifyReply {
  const out = new PassThrough();
  job.write(out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return reply
    .header('content-disposition', `attachment; filename="${job.filename}"`)
    .header('cache-control', 'no-store')
    .type(job.contentType)
    .send(out);
}
