import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sitemapRows } from '../../db/repositories/catalogue.js';
import type { ServiceContext } from '../../services/context.js';
import { catalogueRoutes } from './catalogue-routes.js';
import { href } from './catalogue-shell.js';
import { esc } from './page-shell.js';
import type { Lang } from './messages.js';

// /sitemap.xml lists every public catalogue page in both languages (xhtml:link alternates, as
// search engines expect for hreflang in sitemaps); /robots.txt points to it and keeps crawlers
// out of the portal, the API and the per-stamp pages. One sitemap file holds 50,000 URLs, far
// above the 20,000 products the catalogue is designed for.

const SITEMAP_CACHE = 'public, max-age=3600';

function urlEntry(base: string, path: string, lastmod: string | null): string {
  const loc = (lang: Lang) => esc(`${base}${href(path, lang)}`);
  const alternates = (['vi', 'en'] as const).map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${loc(l)}"/>`).join('');
  const mod = lastmod === null ? '' : `<lastmod>${esc(lastmod.slice(0, 10))}</lastmod>`;
  return (['vi', 'en'] as const).map((l) => `<url><loc>${loc(l)}</loc>${mod}${alternates}</url>`).join('');
}

export async function renderSitemap(ctx: ServiceContext): Promise<string> {
  const base = ctx.publicUrl;
  const rows = await sitemapRows(ctx.readDb);
  const entries = [urlEntry(base, '/catalogue', null), urlEntry(base, '/catalogue/fairs', null)];
  for (const p of rows.products) entries.push(urlEntry(base, `/catalogue/products/${p.id}`, p.updated_at));
  for (const p of rows.producers) entries.push(urlEntry(base, `/catalogue/producers/${p.id}`, p.updated_at));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>\n`;
}

export function renderRobots(base: string): string {
  return ['User-agent: *', 'Allow: /catalogue', 'Allow: /certificates/', 'Disallow: /portal/', 'Disallow: /api/', 'Disallow: /v/', 'Disallow: /s/', 'Disallow: /01/', '', `Sitemap: ${base}/sitemap.xml`, ''].join('\n');
}

/** The catalogue pages, the sitemap and robots.txt. */
export const cataloguePlugin: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  await app.register(catalogueRoutes, { ctx, prefix: '/catalogue' });
  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/xml; charset=utf-8').header('cache-control', SITEMAP_CACHE).send(await renderSitemap(ctx)));
  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', SITEMAP_CACHE).send(renderRobots(ctx.publicUrl)));
};
