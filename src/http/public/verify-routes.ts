import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { normaliseSerialInput } from '../../domain/stamps/serial.js';
import type { ServiceContext } from '../../services/context.js';
import { ServiceError } from '../../services/errors.js';
import { checkPin } from '../../services/stamps/check-pin.js';
import { pinFormToken, pinFormTokenValid } from '../../services/stamps/pin-form-token.js';
import type { StampRuntime } from '../../services/stamps/stamp-runtime.js';
import { stampPolicy } from '../../services/stamps/stamp-policy.js';
import { verifyStamp } from '../../services/stamps/verify-stamp.js';
import type { PinView } from '../../services/stamps/verify-output.js';
import { type Lang, MESSAGES, chooseLang, formatInstant } from './messages.js';
import { sendPage } from './page-shell.js';
import { scanClient } from './scan-client.js';
import { type PinMessage, renderNoticePage, renderVerifyPage } from './verify-page.js';

// The verify page (the stamp's default link) and its PIN form. Plain HTML forms: the PIN is
// POSTed as application/x-www-form-urlencoded with a signed form token (no cookies).

const SerialParams = z.object({ serial: z.string().min(1).max(60) });
const PageQuery = z.object({ lang: z.string().max(5).optional(), province: z.string().max(40).optional() });
const CodeQuery = PageQuery.extend({ code: z.string().max(60).optional() });
const PinForm = z.object({ pin: z.string().max(40).default(''), token: z.string().max(100).default(''), province: z.string().max(40).optional() });

function pinMessage(r: PinView, lang: Lang): PinMessage | undefined {
  const m = MESSAGES[lang];
  const when = r.firstAuthenticatedAt === null ? '' : ` ${m.at} ${formatInstant(r.firstAuthenticatedAt, lang)}${r.firstAuthenticatedIn === null ? '' : ` ${m.in} ${r.firstAuthenticatedIn.name[lang]}`}`;
  switch (r.result) {
    case 'first-authentication': return { tone: 'ok', text: m.pinFirst };
    case 'already-authenticated': return { tone: 'danger', text: `${m.pinAgain}${when}.` };
    case 'wrong-pin': return { tone: 'caution', text: m.pinWrong(r.attemptsLeft ?? 0) };
    case 'locked': return { tone: 'danger', text: m.pinLocked };
    default: return undefined;
  }
}

export const verifyRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; stamps: StampRuntime }> = async (app, { ctx, stamps }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });

  app.get('/v', { schema: { hide: true, querystring: CodeQuery } }, async (request, reply) => {
    const lang = chooseLang(request.query.lang, request.headers['accept-language']);
    const code = request.query.code?.trim() ?? '';
    if (code === '') return sendPage(reply, 200, renderNoticePage(lang, MESSAGES[lang].site, MESSAGES[lang].typeCode, ''));
    return reply.redirect(`/v/${encodeURIComponent(normaliseSerialInput(code))}${lang === 'en' ? '?lang=en' : ''}`, 303);
  });

  app.get('/v/:serial', { schema: { hide: true, params: SerialParams, querystring: PageQuery } }, async (request, reply) => {
    const lang = chooseLang(request.query.lang, request.headers['accept-language']);
    const client = scanClient(ctx, request, request.query.province);
    // HEAD (link previews, uptime checks) is not somebody looking at the stamp.
    const answer = await verifyStamp(ctx, { stamps, serial: request.params.serial, client, record: request.method !== 'HEAD' });
    const m = MESSAGES[lang];
    if (answer.kind === 'blocked') return sendPage(reply.header('retry-after', String(answer.retryAfter)), 429, renderNoticePage(lang, m.tooMany, '', ''));
    if (answer.kind === 'malformed') return sendPage(reply, 400, renderNoticePage(lang, m.malformed, m.malformedHint, request.params.serial));
    const formToken = pinFormToken(ctx.secret, answer.view.serial, ctx.now());
    return sendPage(reply, answer.kind === 'unknown' ? 404 : 200, renderVerifyPage(answer.view, { lang, formToken, province: client.province }));
  });

  app.post('/v/:serial/pin', { schema: { hide: true, params: SerialParams, querystring: PageQuery, body: PinForm } }, async (request, reply) => {
    const lang = chooseLang(request.query.lang, request.headers['accept-language']);
    const m = MESSAGES[lang];
    const serial = normaliseSerialInput(request.params.serial);
    const client = scanClient(ctx, request, request.body.province);
    const formOk = request.headers['sec-fetch-site'] !== 'cross-site' && pinFormTokenValid(ctx.secret, serial, request.body.token, ctx.now(), stampPolicy().pinFormTokenMinutes);
    const formToken = pinFormToken(ctx.secret, serial, ctx.now());
    if (!formOk) {
      const answer = await verifyStamp(ctx, { stamps, serial, client, record: false });
      const view = answer.kind === 'found' || answer.kind === 'unknown' ? answer.view : undefined;
      if (view === undefined) return sendPage(reply, 400, renderNoticePage(lang, m.malformed, m.malformedHint, request.params.serial));
      return sendPage(reply, 400, renderVerifyPage(view, { lang, formToken, province: client.province, pinMessage: { tone: 'caution', text: m.pinExpiredForm } }));
    }
    const result = await checkPin(ctx, { stamps, serial, client, pin: request.body.pin }).catch((err: unknown) => {
      if (err instanceof ServiceError && err.status === 429) return err;
      throw err;
    });
    if (result instanceof ServiceError) return sendPage(reply.headers(result.headers), 429, renderNoticePage(lang, m.tooMany, '', ''));
    const status = result.result === 'unknown-code' ? 404 : 200;
    return sendPage(reply, status, renderVerifyPage(result.verification, { lang, formToken, province: client.province, pinMessage: pinMessage(result, lang) }));
  });
};
