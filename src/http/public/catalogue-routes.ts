import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogueProducer, catalogueProduct } from '../../services/catalogue/catalogue-pages.js';
import { searchCatalogue } from '../../services/catalogue/catalogue-search.js';
import { publicFairs } from '../../services/catalogue/public-fairs.js';
import type { ServiceContext } from '../../services/context.js';
import { ServiceError, notFound } from '../../services/errors.js';
import { PRODUCER_TYPES } from '../../services/producers/producer-input.js';
import { PUBLIC_RATE_LIMIT } from '../routes/public-certificates/schema.js';
import { queryParams, renderCatalogueHome } from './catalogue-list.js';
import { renderCatalogueFairs, renderCatalogueProducer } from './catalogue-producer.js';
import { renderCatalogueProduct } from './catalogue-product.js';
import { cataloguePage, notFoundBody, sendCatalogue } from './catalogue-shell.js';
import { CATALOGUE_TEXTS } from './catalogue-texts.js';
import type { Lang } from './messages.js';

// The public catalogue (docs/catalogue.md): server-rendered HTML, no script, no sign-in. Query
// values a person may have edited by hand are forgiving: an unknown filter value is ignored
// rather than answered with a problem document, and a bad id is the HTML 404 page.

const LangQuery = z.object({ lang: z.enum(['vi', 'en']).optional().catch(undefined) });
const SearchQuery = LangQuery.extend({
  q: z.string().max(100).optional().catch(undefined),
  star: z.coerce.number().int().min(3).max(5).optional().catch(undefined),
  set: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  unit: z.string().regex(/^[a-z0-9-]{1,40}$/).optional().catch(undefined),
  type: z.enum(PRODUCER_TYPES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(5000).catch(1),
});
const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647).catch(0) });

const langOf = (q: { lang?: Lang | undefined }): Lang => q.lang ?? 'vi';

/** Registered with the prefix /catalogue (its own 404 page covers every path under it). */
export const catalogueRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const base = ctx.publicUrl;
  const config = { rateLimit: PUBLIC_RATE_LIMIT };

  app.setErrorHandler(async (err, request, reply) => {
    if (!(err instanceof ServiceError) || err.status !== 404) throw err;
    const lang = request.url.includes('lang=en') ? 'en' : 'vi';
    const html = cataloguePage({ lang, base, path: request.url.split('?')[0] ?? '/catalogue', title: CATALOGUE_TEXTS[lang].notFound, description: CATALOGUE_TEXTS[lang].notFoundText, index: false }, notFoundBody(lang));
    return sendCatalogue(request, reply, 404, html, lang);
  });
  app.setNotFoundHandler(async () => {
    throw notFound('Page');
  });

  app.get('/', { config, schema: { hide: true, querystring: SearchQuery } }, async (request, reply) => {
    const lang = langOf(request.query);
    const { q: text, star, set, unit, type, page } = request.query;
    const q = { q: text?.trim() === '' ? undefined : text?.trim(), star, set, unit, type, page };
    const result = await searchCatalogue(ctx, q);
    const t = CATALOGUE_TEXTS[lang];
    const filtered = Object.values(queryParams(q)).some((v) => v !== undefined);
    const html = cataloguePage({
      lang, base, path: '/catalogue', params: { ...queryParams(q), page: q.page === 1 ? undefined : q.page }, index: !filtered && q.page === 1,
      title: q.q === undefined ? `${t.products} – ${t.site}` : `${q.q} – ${t.site}`, description: t.tagline,
    }, renderCatalogueHome(q, result, lang));
    return sendCatalogue(request, reply, 200, html, lang);
  });

  app.get('/products/:id', { config, schema: { hide: true, params: IdParams, querystring: LangQuery } }, async (request, reply) => {
    const lang = langOf(request.query);
    const view = await catalogueProduct(ctx, request.params.id);
    return sendCatalogue(request, reply, 200, renderCatalogueProduct(view, lang, base), lang);
  });

  app.get('/producers/:id', { config, schema: { hide: true, params: IdParams, querystring: LangQuery } }, async (request, reply) => {
    const lang = langOf(request.query);
    const view = await catalogueProducer(ctx, request.params.id);
    return sendCatalogue(request, reply, 200, renderCatalogueProducer(view, lang, base), lang);
  });

  app.get('/fairs', { config, schema: { hide: true, querystring: LangQuery } }, async (request, reply) => {
    const lang = langOf(request.query);
    return sendCatalogue(request, reply, 200, renderCatalogueFairs(await publicFairs(ctx), lang, base), lang);
  });
};
