import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../services/errors.js';

// multipart/form-data uploads (product images, register workbooks), registered once with tight
// limits: one file per request, a handful of fields. Routes lower the size limit to what they take.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const multipartPlugin = fp(async function multipartUploads(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 200, fieldSize: 1024 } });
});

/**
 * The bytes of the request's single uploaded file (any field name). Past `maxBytes` the upload
 * is refused with 413; the client's file name and declared type are deliberately ignored.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!request.isMultipart()) throw new ServiceError(415, 'unsupported-media-type', 'Send the file as multipart/form-data', [{ path: 'body.file', message: 'multipart/form-data expected' }]);
  const file = await request.file({ limits: { fileSize: maxBytes } });
  if (file === undefined) throw new ServiceError(400, 'validation', 'No file in the upload', [{ path: 'body.file', message: 'required' }]);
  const bytes = await file.toBuffer();
  // A file cut at the limit must never pass for a smaller one (toBuffer does not always throw).
  if (file.file.truncated) throw new ServiceError(413, 'too-large', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, [{ path: 'body.file', message: 'too large' }]);
  return bytes;
}
