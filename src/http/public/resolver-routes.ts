import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildDigitalLink, parseDigitalLink } from '../../domain/stamps/digital-link.js';
import { isCompressedSegment } from '../../domain/stamps/dl-compression.js';
import type { DigitalLinkProblem } from '../../domain/stamps/dl-types.js';
import { linksetAsJsonLd, type LinksetLevel } from '../../domain/stamps/linkset.js';
import { resolve, resolverDescription } from '../../domain/stamps/resolver.js';
import { normaliseSerialInput, serialProblem } from '../../domain/stamps/serial.js';
import { signalRulesOn } from '../../rules/stamps/index.js';
import type { ServiceContext } from '../../services/context.js';
import { resolverLevels, shortLinkLevels } from '../../services/stamps/resolver-levels.js';
import type { StampRuntime } from '../../services/stamps/stamp-runtime.js';
import { countLookup } from '../../services/stamps/verify-stamp.js';
import { unknownView } from '../../services/stamps/verify-view.js';
import { sendProblem } from '../plugins/problem.js';
import { MESSAGES, chooseLang } from './messages.js';
import { sendPage } from './page-shell.js';
import { scanClient } from './scan-client.js';
import { renderNoticePage, renderVerifyPage } from './verify-page.js';

// The GS1-Conformant Resolver (1.2) over the domain's resolve(): /01/{gtin}[/22/…][/10/…][/21/…],
// the compressed forms, the platform's short form /s/{serial} and /.well-known/gs1resolver.
// GET, HEAD (Fastify answers HEAD from GET) and OPTIONS, CORS open to every origin. Malformed
// identifiers answer 400, unknown ones 404 (as an HTML page when a browser asks); failed
// lookups count against the client, which gets 429 after too many.

const PARSE_STEM = 'https://resolver.invalid';
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Link, Location, Content-Type', vary: 'Accept, Accept-Language' };

const wantsHtml = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');
const rawQuery = (request: FastifyRequest): string => request.url.split('?').slice(1).join('?');

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type Deps = { ctx: ServiceContext; stamps: StampRuntime };

function badRequest(request: FastifyRequest, reply: FastifyReply, problem: DigitalLinkProblem): FastifyReply {
  if (wantsHtml(request)) {
    const lang = chooseLang(undefined, request.headers['accept-language']);
    return sendPage(reply.headers(CORS), 400, renderNoticePage(lang, MESSAGES[lang].malformed, problem.message, ''));
  }
  return sendProblem(reply.headers(CORS), {
    type: `/problems/digital-link/${problem.code}`, status: 400, detail: problem.message, instance: request.url,
    errors: [{ path: problem.ai === undefined ? 'uri' : `ai.${problem.ai}`, message: problem.message }],
  });
}

function notFoundAnswer(deps: Deps, request: FastifyRequest, reply: FastifyReply, serial: string | undefined): FastifyReply {
  const at = deps.ctx.now().toISOString();
  countLookup({ stamps: deps.stamps, serial: serial ?? '', client: scanClient(deps.ctx, request, undefined) }, signalRulesOn(at.slice(0, 10)), at, 'unknown');
  if (wantsHtml(request) && serial !== undefined) {
    const lang = chooseLang(undefined, request.headers['accept-language']);
    return sendPage(reply.headers(CORS), 404, renderVerifyPage(unknownView(serial), { lang, formToken: null, province: null }));
  }
  return sendProblem(reply.headers(CORS), { type: '/problems/not-found', status: 404, detail: 'Nothing is known about this identifier', instance: request.url });
}

function answer(deps: Deps, request: FastifyRequest, reply: FastifyReply, levels: LinksetLevel[], found: { serial?: string | undefined; sameAs?: string | undefined }): FastifyReply {
  const accept = request.headers.accept;
  const decision = resolve({ levels, query: rawQuery(request), acceptLanguage: request.headers['accept-language'], accept, ...(found.sameAs === undefined ? {} : { sameAs: found.sameAs }) });
  reply.headers(CORS);
  if (decision.kind === 'not-found') return notFoundAnswer(deps, request, reply, found.serial);
  reply.header('link', decision.linkHeader);
  if (decision.kind === 'redirect') return reply.redirect(decision.location, 307);
  const ld = accept?.includes('application/ld+json') === true && !accept.includes(decision.contentType);
  return reply.type(ld ? 'application/ld+json' : decision.contentType).send(ld ? linksetAsJsonLd(decision.body) : decision.body);
}

function blocked(deps: Deps, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const client = scanClient(deps.ctx, request, undefined);
  const now = deps.ctx.now().getTime();
  if (!deps.stamps.probes.blocked(client.key, now)) return undefined;
  return sendProblem(reply.headers(CORS).header('retry-after', String(deps.stamps.probes.retryAfter(client.key, now))), { type: '/problems/too-many-requests', status: 429, detail: 'Too many unknown codes from this client' });
}

async function digitalLink(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const early = blocked(deps, request, reply);
  if (early !== undefined) return early;
  const parsed = parseDigitalLink(`${PARSE_STEM}${request.url}`, { tolerateTrailingSlash: true });
  if (!parsed.ok) return badRequest(request, reply, parsed.problem);
  const link = parsed.value;
  const { stem: _stem, form, attributes, otherParams: _other, ...ids } = link;
  const sameAs = form === 'uncompressed' ? undefined : buildDigitalLink(deps.ctx.publicUrl, ids, attributes);
  return answer(deps, request, reply, await resolverLevels(deps.ctx, ids), { serial: ids.serial, sameAs });
}

function preflight(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(204).headers({ ...CORS, allow: 'GET, HEAD, OPTIONS', 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': 'Accept, Accept-Language', 'access-control-max-age': '86400' }).send();
}

export const resolverRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get('/.well-known/gs1resolver', { schema: { tags: ['resolver'], summary: 'GS1-Conformant Resolver description file' } }, async (_request, reply) =>
    reply.headers(CORS).send(resolverDescription({ resolverRoot: deps.ctx.publicUrl, name: 'OCOP Quảng Ninh – tem điện tử / e-stamp resolver' })));

  app.get('/01/*', { schema: { hide: true } }, (request, reply) => digitalLink(deps, request, reply));

  app.get('/s/:serial', { schema: { hide: true } }, async (request, reply) => {
    const early = blocked(deps, request, reply);
    if (early !== undefined) return early;
    const raw = request.url.split('?')[0]?.slice(3).replace(/\/$/, '') ?? '';
    const serial = normaliseSerialInput(safeDecode(raw));
    const problem = serialProblem(serial);
    if (problem !== undefined) return badRequest(request, reply, { code: 'bad-serial', ai: '21', message: `"${raw}" is not a stamp serial (${problem})` });
    return answer(deps, request, reply, await shortLinkLevels(deps.ctx, serial), { serial });
  });

  // Fully compressed Digital Links live at the root: /{base64url}. Anything else there is not ours.
  app.get('/:segment', { schema: { hide: true } }, async (request, reply) => {
    const segment = request.url.split('?')[0]?.slice(1) ?? '';
    if (!isCompressedSegment(segment)) return reply.callNotFound();
    return digitalLink(deps, request, reply);
  });

  for (const path of ['/.well-known/gs1resolver', '/01/*', '/s/:serial', '/:segment']) app.options(path, { schema: { hide: true } }, preflight);
};
