import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { importRegistry } from '../../../services/registry-io/import-registry.js';
import { buildTemplate } from '../../../services/registry-io/template.js';
import { requireActor } from '../../plugins/auth.js';
import { MAX_UPLOAD_BYTES, readUpload } from '../../plugins/multipart.js';
import { problems } from '../../schemas.js';
import { ImportQuery, ImportReportOutput } from './schema.js';

const tags = ['registry'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendTemplate(reply: FastifyReply, workbook: Buffer): FastifyReply {
  return reply.type(XLSX).header('content-disposition', 'attachment; filename="mau-nhap-so-dang-ky-ocop.xlsx"').send(workbook);
}

export const registryIoRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/registry/template.xlsx', {
    schema: { tags, summary: 'The import template: sheets "Chủ thể" and "Sản phẩm", lists of unit ids and product sets in "Danh mục"', response: problems(401) },
  }, async (request, reply) => {
    requireActor(request);
    return sendTemplate(reply, await buildTemplate(ctx));
  });

  app.post('/registry/import', {
    schema: {
      tags, summary: 'Import producers and products from one .xlsx workbook (multipart/form-data); upserts by tax code and by GTIN or (producer, name)',
      consumes: ['multipart/form-data'], querystring: ImportQuery, response: { 200: ImportReportOutput, ...problems(400, 401, 403, 413, 415, 422) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const bytes = await readUpload(request, MAX_UPLOAD_BYTES);
    return importRegistry(ctx, { actor, bytes, mode: request.query.mode });
  });
};
