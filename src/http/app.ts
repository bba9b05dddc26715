import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../services/context.js';
import { type StampRuntime, createStampRuntime } from '../services/stamps/stamp-runtime.js';
import { authPlugin } from './plugins/auth.js';
import { multipartPlugin } from './plugins/multipart.js';
import { openapiPlugin } from './plugins/openapi.js';
import { problemPlugin } from './plugins/problem.js';
import { securityPlugin } from './plugins/security.js';
import { webPlugin } from './plugins/web.js';
import { publicStampPages } from './public/public-plugin.js';
import { verifyApiRoutes } from './public/verify-api.js';
import { alertRoutes } from './routes/alerts/routes.js';
import { lotRoutes } from './routes/lots/routes.js';
import { stampRoutes } from './routes/stamps/routes.js';
import { auditRoutes } from './routes/audit/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { businessPlanRoutes } from './routes/business-plans/routes.js';
import { evaluationJobsPlugin } from './routes/certificates/jobs.js';
import { certificateRoutes } from './routes/certificates/routes.js';
import { councilRoutes } from './routes/councils/routes.js';
import { dossierRoutes } from './routes/dossiers/routes.js';
import { healthRoutes } from './routes/health.js';
import { ideaRoutes } from './routes/ideas/routes.js';
import { notificationRoutes } from './routes/notifications/routes.js';
import { producerRoutes } from './routes/producers/routes.js';
import { publicCertificateRoutes } from './routes/public-certificates/routes.js';
import { productRoutes } from './routes/products/routes.js';
import { registryIoRoutes } from './routes/registry-io/routes.js';
import { roundRoutes } from './routes/rounds/routes.js';
import { scoringRoutes } from './routes/scoring/routes.js';
import { supportRoutes } from './routes/support/routes.js';
import { unitRoutes } from './routes/units/routes.js';
import { userRoutes } from './routes/users/routes.js';

export type AppDeps = {
  ctx: ServiceContext;
  version: string;
  /** Folder of the built portal (dist/web). */
  webDir: string;
  logger: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Issuing job, scan queue, lookup tracker; serve() passes the one it starts. Stopped (scans flushed) on close. */
  stamps?: StampRuntime;
};

// Request logs never carry credentials: cookies, auth headers and password fields are redacted.
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
];

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    // Deeply nested JSON is refused by the parser's limits rather than exhausting the stack.
    routerOptions: { maxParamLength: 500 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemPlugin);
  await app.register(securityPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(openapiPlugin, { version: deps.version });
  await app.register(authPlugin, { ctx: deps.ctx });
  await app.register(multipartPlugin);

  const stamps = deps.stamps ?? createStampRuntime(deps.ctx, { log: (message, err) => app.log.error({ err }, message) });
  app.addHook('onClose', async () => stamps.stop());
  await app.register(healthRoutes, { ctx: deps.ctx });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { ctx: deps.ctx });
      await api.register(userRoutes, { ctx: deps.ctx });
      await api.register(auditRoutes, { ctx: deps.ctx });
      await api.register(unitRoutes, { ctx: deps.ctx });
      await api.register(producerRoutes, { ctx: deps.ctx });
      await api.register(productRoutes, { ctx: deps.ctx });
      await api.register(registryIoRoutes, { ctx: deps.ctx });
      await api.register(scoringRoutes, { ctx: deps.ctx });
      await api.register(roundRoutes, { ctx: deps.ctx });
      await api.register(ideaRoutes, { ctx: deps.ctx });
      await api.register(businessPlanRoutes, { ctx: deps.ctx });
      await api.register(supportRoutes, { ctx: deps.ctx });
      await api.register(notificationRoutes, { ctx: deps.ctx });
      await api.register(stampRoutes, { ctx: deps.ctx, stamps });
      await api.register(lotRoutes, { ctx: deps.ctx });
      await api.register(alertRoutes, { ctx: deps.ctx });
      await api.register(verifyApiRoutes, { ctx: deps.ctx, stamps });
      await api.register(dossierRoutes, { ctx: deps.ctx });
      await api.register(councilRoutes, { ctx: deps.ctx });
      await api.register(certificateRoutes, { ctx: deps.ctx });
    },
    { prefix: '/api/v1' },
  );
  await app.register(publicCertificateRoutes, { ctx: deps.ctx });
  await app.register(evaluationJobsPlugin, { ctx: deps.ctx });
  await app.register(publicStampPages, { ctx: deps.ctx, stamps });
  await app.register(webPlugin, { webDir: deps.webDir });
  return app;
}
