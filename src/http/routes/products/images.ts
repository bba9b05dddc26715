import { z } from 'zod';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { notFound } from '../../../services/errors.js';
import { MAX_IMAGE_BYTES } from '../../../services/files/image-store.js';
import { addProductImage } from '../../../services/products/add-product-image.js';
import { type ImageFile, deleteProductImage, getProductImageFile } from '../../../services/products/product-images.js';
import { requireActor } from '../../plugins/auth.js';
import { readUpload } from '../../plugins/multipart.js';
import { problems } from '../../schemas.js';
import { ImageOutput, ImageParams, ThumbnailParams } from './schema.js';

const tags = ['products'];

// Stored files never change (a new upload gets a new key), so clients may cache them for a year;
// "private" because what a caller may see depends on who they are.
async function sendImage(request: FastifyRequest, reply: FastifyReply, file: ImageFile): Promise<FastifyReply> {
  const size = await stat(file.path).then((s) => s.size).catch(() => undefined);
  if (size === undefined) throw notFound('Image file');
  reply.header('cache-control', 'private, max-age=31536000, immutable').header('etag', file.etag).header('content-disposition', 'inline');
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  return reply.type(file.mime).header('content-length', size).send(createReadStream(file.path));
}

export const productImageRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post('/products/:id/images', {
    schema: {
      tags, summary: `Upload a product photo (multipart/form-data, one file; JPEG, PNG or WebP up to ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`,
      consumes: ['multipart/form-data'], params: ImageParams.pick({ id: true }), response: { 201: ImageOutput, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const bytes = await readUpload(request, MAX_IMAGE_BYTES);
    return reply.code(201).send(await addProductImage(ctx, { actor, productId: request.params.id, bytes }));
  });

  app.get('/products/:id/images/:imageId', {
    schema: { tags, summary: 'A product photo as uploaded', params: ImageParams, response: problems(400, 401, 404) },
  }, async (request, reply) => sendImage(request, reply, await getProductImageFile(ctx, { actor: requireActor(request), productId: request.params.id, imageId: request.params.imageId, variant: 'original' })));

  app.get('/products/:id/images/:imageId/:size', {
    schema: { tags, summary: 'A thumbnail of a product photo (WebP, 320 or 1024 px wide)', params: ThumbnailParams, response: problems(400, 401, 404) },
  }, async (request, reply) => {
    const variant = request.params.size === '320' ? 320 : 1024;
    return sendImage(request, reply, await getProductImageFile(ctx, { actor: requireActor(request), productId: request.params.id, imageId: request.params.imageId, variant }));
  });

  app.delete('/products/:id/images/:imageId', {
    schema: { tags, summary: 'Remove a product photo', params: ImageParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
  }, async (request, reply) => {
    await deleteProductImage(ctx, { actor: requireActor(request), productId: request.params.id, imageId: request.params.imageId });
    return reply.code(204).send(null);
  });
};
