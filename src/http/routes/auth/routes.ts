import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logout } from '../../../services/auth/authenticate.js';
import { getMe } from '../../../services/auth/get-me.js';
import { SESSION_TTL_SECONDS, login } from '../../../services/auth/login.js';
import type { ServiceContext } from '../../../services/context.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/auth.js';
import { problems } from '../../schemas.js';
import { LoginInput, SessionOutput } from './schema.js';

export const authRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  // Secure over HTTPS, and always when the platform's public address is HTTPS (a TLS proxy that
  // is not trusted for X-Forwarded-Proto must not downgrade the cookie).
  const secure = (protocol: string) => protocol === 'https' || ctx.publicUrl.startsWith('https:');
  app.post('/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in with username and password (sets the session cookie)', body: LoginInput, response: { 200: SessionOutput, ...problems(400, 401, 429) } },
    // Per-address limit; the per-account limit is in the login service.
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const result = await login(ctx, request.body);
    setSessionCookie(reply, result.sessionToken, secure(request.protocol), SESSION_TTL_SECONDS);
    const user = await getMe(ctx, result.userId);
    return { user, csrfToken: result.csrfToken };
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), ...problems(401, 403) } },
  }, async (request, reply) => {
    requireActor(request);
    if (request.sessionToken !== null) await logout(ctx, request.sessionToken);
    clearSessionCookie(reply, secure(request.protocol));
    return reply.code(204).send(null);
  });

  app.get('/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token for this session', response: { 200: SessionOutput, ...problems(401) } },
  }, async (request) => {
    const actor = requireActor(request);
    return { user: await getMe(ctx, actor.userId), csrfToken: request.csrfToken };
  });
};
