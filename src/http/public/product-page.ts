import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.js';
import { notFound } from '../../services/errors.js';
import { type PublicProduct, getPublicProduct, publicThumbnail } from '../../services/stamps/public-product.js';
import { type Lang, MESSAGES, formatDay } from './messages.js';
import { esc, page, sendPage } from './page-shell.js';
import { footer } from './verify-page.js';

// The public product page (gs1:pip) of a rated OCOP product, optionally for one lot, and the
// public 320 px thumbnail of its photo (the registry's own image routes need a login).

const Params = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const ImgParams = Params.extend({ imageId: z.coerce.number().int().positive().max(2_147_483_647) });
const Query = z.object({ lang: z.enum(['vi', 'en']).optional(), lot: z.string().max(20).optional() });

function renderProduct(p: PublicProduct, lang: Lang): string {
  const m = MESSAGES[lang];
  const name = lang === 'en' && p.product.name_en !== null ? p.product.name_en : p.product.name;
  const img = p.imageId === null ? '' : `<img src="/p/${p.product.id}/img/${p.imageId}" alt="" width="88" height="88">`;
  const stars = p.product.star === null ? '' : `<p class="stars">${'★'.repeat(p.product.star)}</p>`;
  const rows: [string, string | null][] = [
    [m.certState, m.states[p.certificate.state]], [m.certNumber, p.certificate.number], [m.certValidTo, p.certificate.expiresOn === null ? null : formatDay(p.certificate.expiresOn)],
    [m.lot, p.lot?.code ?? null], [m.produced, p.lot === null ? null : formatDay(p.lot.production_date)], [m.expires, p.lot?.expiry_date == null ? null : formatDay(p.lot.expiry_date)],
  ];
  const dl = rows.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v ?? '')}</dd>`).join('');
  const body = `<header class="verdict ok"><h1>${esc(m.productPage)}</h1></header>`
    + `<section class="card product">${img}<div><h2>${esc(name)}</h2>${stars}<p>${esc(p.producer.name)}</p>${p.commune === null ? '' : `<p class="note">${esc(p.commune)}</p>`}</div></section>`
    + `<section class="card"><h2>${esc(m.certificate)}</h2><dl>${dl}</dl>${p.product.description === null ? '' : `<p>${esc(p.product.description)}</p>`}</section>`;
  return page(lang, `${name} – ${m.site}`, body + footer(lang, `/p/${p.product.id}`));
}

export const productPageRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/p/:id', { schema: { hide: true, params: Params, querystring: Query } }, async (request, reply) => {
    const lang = request.query.lang ?? 'vi';
    const product = await getPublicProduct(ctx, { productId: request.params.id, lotCode: request.query.lot });
    return sendPage(reply, 200, renderProduct(product, lang));
  });

  app.get('/p/:id/img/:imageId', { schema: { hide: true, params: ImgParams } }, async (request, reply) => {
    const file = await publicThumbnail(ctx, { productId: request.params.id, imageId: request.params.imageId });
    const size = await stat(file.path).then((s) => s.size).catch(() => undefined);
    if (size === undefined) throw notFound('Image file');
    reply.header('cache-control', 'public, max-age=86400').header('etag', file.etag).header('cross-origin-resource-policy', 'same-origin');
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    return reply.type('image/webp').header('content-length', size).send(createReadStream(file.path));
  });
};
