import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../domain/roles.js';
import { authenticateApiToken, authenticateSession } from '../../services/auth/authenticate.js';
import type { ServiceContext } from '../../services/context.js';
import { ServiceError, unauthorized } from '../../services/errors.js';

// Resolves who is calling, once per request, from either the session cookie (portal) or an
// `Authorization: Bearer` API token (machine clients). Cookie-authenticated requests that change
// state must echo the session's CSRF token in `x-csrf-token`; token requests need none, since
// browsers never attach bearer tokens on their own.

export const SESSION_COOKIE = 'ocop_session';
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined) throw unauthorized('Malformed Authorization header; expected "Bearer <token>"');
  return match[1];
}

async function identify(ctx: ServiceContext, request: FastifyRequest): Promise<void> {
  const bearer = bearerToken(request);
  if (bearer !== undefined) {
    const actor = await authenticateApiToken(ctx, bearer);
    if (actor === undefined) throw unauthorized('Invalid or revoked API token');
    request.actor = actor;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie === '') return;
  const auth = await authenticateSession(ctx, cookie);
  if (auth === undefined) return;
  request.sessionToken = cookie;
  request.actor = auth.actor;
  request.csrfToken = auth.csrfToken;
  if (UNSAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, auth.csrfToken)) {
      throw new ServiceError(403, 'csrf', 'Missing or wrong x-csrf-token header for this session');
    }
  }
}

export const authPlugin = fp(async function auth(app: FastifyInstance, opts: { ctx: ServiceContext }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/epcis')) return;
    await identify(opts.ctx, request);
  });
});

/** The caller, or a 401 problem. Use in every route that needs a signed-in user. */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
