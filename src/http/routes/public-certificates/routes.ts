import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPublicCertificate } from '../../../services/certificates/public-certificate.js';
import type { ServiceContext } from '../../../services/context.js';
import { ServiceError } from '../../../services/errors.js';
import { certificatePage, notFoundPage } from './page.js';
import { NumberParams, PUBLIC_RATE_LIMIT, PageQuery } from './schema.js';
import type { Lang } from './texts.js';

// GET /certificates/{number}: the page a certificate's QR code opens. No sign-in; Vietnamese
// unless the browser prefers English (Accept-Language) or ?lang=en asks for it. The status is
// computed on every request, so a revocation or an expiry shows the same day.

/** The preferred of vi/en by Accept-Language q-values; Vietnamese when neither is named. */
export function pickLanguage(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } = { lang: 'vi', q: 0 };
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.startsWith('vi') ? 'vi' : tag.startsWith('en') ? 'en' : undefined;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (lang !== undefined && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

export const publicCertificateRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/certificates/:number', {
    config: { rateLimit: PUBLIC_RATE_LIMIT },
    schema: { tags: ['certificates'], summary: 'Public verification page of a certificate (HTML, no sign-in, no script)', params: NumberParams, querystring: PageQuery },
  }, async (request, reply) => {
    const lang = request.query.lang ?? pickLanguage(request.headers['accept-language']);
    const other = `/certificates/${encodeURIComponent(request.params.number)}?lang=${lang === 'vi' ? 'en' : 'vi'}`;
    reply.header('content-language', lang).header('vary', 'Accept-Language').header('cache-control', 'no-cache');
    try {
      const view = await getPublicCertificate(ctx, { number: request.params.number });
      return reply.type('text/html; charset=utf-8').send(certificatePage(lang, view, other));
    } catch (err) {
      if (!(err instanceof ServiceError) || err.status !== 404) throw err;
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(lang, request.params.number, other));
    }
  });
};
