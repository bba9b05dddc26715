import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { csvHeader, csvLine } from '../../../services/open-data/open-products-csv.js';
import { type OpenDataQuery, type OpenProduct, openDataAll, openDataPage, openDataSnapshot } from '../../../services/open-data/open-products.js';
import { PUBLIC_RATE_LIMIT } from '../public-certificates/schema.js';
import { problems } from '../../schemas.js';
import { answerNotModified } from './conditional.js';
import { LICENCE, OpenDataFilterQuery, OpenDataPageOutput, OpenDataPageQuery } from './schema.js';

// Public open data (no sign-in): certified products as paginated JSON and as one CSV file.
// See docs/open-data.md. Rate-limited like the other public routes; cacheable for 5 minutes,
// with ETag / Last-Modified revalidation.

const tags = ['open-data'];

function filterOf(q: { star?: number | undefined; unit?: string | undefined; set?: number | undefined; status: 'valid' | 'all' }): OpenDataQuery {
  return { star: q.star, unit: q.unit, set: q.set, status: q.status };
}

function pageLink(base: string, q: OpenDataQuery, page: number, perPage: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && !(k === 'status' && v === 'valid')) params.set(k, String(v));
  if (page > 0) params.set('page', String(page));
  if (perPage > 0) params.set('perPage', String(perPage));
  const text = params.toString();
  return text === '' ? base : `${base}?${text}`;
}

function sendCsv(reply: FastifyReply, products: AsyncIterable<OpenProduct>): FastifyReply {
  async function* lines(): AsyncGenerator<string> {
    yield csvHeader();
    for await (const p of products) yield csvLine(p);
  }
  return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ocop-products.csv"').send(Readable.from(lines()));
}

export const openDataRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/open-data/products', {
    config: { rateLimit: PUBLIC_RATE_LIMIT },
    schema: { tags, summary: 'Certified OCOP products (open data, no personal data), paginated, with ETag/Last-Modified', querystring: OpenDataPageQuery, response: { 200: OpenDataPageOutput, ...problems(400, 429) } },
  }, async (request, reply) => {
    const { page, perPage, ...rest } = request.query;
    const q = filterOf(rest);
    const snap = await openDataSnapshot(ctx, q, `json:${page}:${perPage}`);
    if (answerNotModified(request, reply, snap)) return reply;
    const base = `${ctx.publicUrl}/api/v1/open-data/products`;
    const totalPages = Math.max(1, Math.ceil(snap.count / perPage));
    return {
      data: await openDataPage(ctx, snap.filter, page, perPage),
      meta: { page, perPage, total: snap.count, totalPages, licence: LICENCE },
      links: {
        self: pageLink(base, q, page, perPage), first: pageLink(base, q, 1, perPage), last: pageLink(base, q, totalPages, perPage),
        prev: page > 1 ? pageLink(base, q, Math.min(page - 1, totalPages), perPage) : null,
        next: page < totalPages ? pageLink(base, q, page + 1, perPage) : null,
        csv: pageLink(`${base}.csv`, q, 0, 0),
      },
    };
  });

  app.get('/open-data/products.csv', {
    config: { rateLimit: PUBLIC_RATE_LIMIT },
    schema: { tags, summary: 'Every certified OCOP product matching the filters as CSV (UTF-8 with BOM), streamed', querystring: OpenDataFilterQuery, produces: ['text/csv'], response: { ...problems(400, 429) } },
  }, async (request, reply) => {
    const q = filterOf(request.query);
    const snap = await openDataSnapshot(ctx, q, 'csv');
    if (answerNotModified(request, reply, snap)) return reply;
    return sendCsv(reply, openDataAll(ctx, snap.filter));
  });
};
