import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../services/context.js';
import { forgetProductFacts } from '../services/stamps/product-facts.js';
import { type StampRuntime, createStampRuntime } from '../services/stamps/stamp-runtime.js';
import { type Ops, createOps } from '../services/ops/ops.js';
import { stampObservers } from '../services/ops/instruments.js';
import { UNSAFE_METHODS, authPlugin } from './plugins/auth.js';
import { inputGuardPlugin } from './plugins/input-guard.js';
import { DEFAULT_LOAD_SHED, type LoadShedOptions, loadShedPlugin } from './plugins/load-shed.js';
import { genRequestId, metricsPlugin } from './plugins/metrics.js';
import { multipartPlugin } from './plugins/multipart.js';
import { openapiPlugin } from './plugins/openapi.js';
import { problemPlugin } from './plugins/problem.js';
import { securityPlugin } from './plugins/security.js';
import { webPlugin } from './plugins/web.js';
import { publicStampPages } from './public/public-plugin.js';
import { cataloguePlugin } from './public/sitemap.js';
import { fairRoutes } from './routes/fairs/routes.js';
import { verifyApiRoutes } from './public/verify-api.js';
import { alertRoutes } from './routes/alerts/routes.js';
import { lotRoutes } from './routes/lots/routes.js';
import { journeyRoutes } from './routes/journey/routes.js';
import { stampRoutes } from './routes/stamps/routes.js';
import { auditRoutes } from './routes/audit/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { businessPlanRoutes } from './routes/business-plans/routes.js';
import { evaluationJobsPlugin } from './routes/certificates/jobs.js';
import { certificateRoutes } from './routes/certificates/routes.js';
import { dashboardRoutes } from './routes/dashboard/routes.js';
import { programmeReportRoutes } from './routes/programme-report/routes.js';
import { openDataRoutes } from './routes/open-data/routes.js';
import { programmeRoutes } from './routes/programme/routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { councilRoutes } from './routes/councils/routes.js';
import { dossierRoutes } from './routes/dossiers/routes.js';
import { epcisRoutes } from './routes/epcis/routes.js';
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
  /** Metrics, replica monitor, scan retention, /metrics access (src/services/ops/ops.ts); defaults for tests. */
  ops?: Ops;
  /** In-flight and event-loop-lag limits above which requests get 503 (OCOP_MAX_IN_FLIGHT, OCOP_MAX_LAG_MS). */
  loadShed?: LoadShedOptions;
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
    genReqId: genRequestId,
    // Deeply nested JSON is refused by the parser's limits rather than exhausting the stack.
    routerOptions: { maxParamLength: 500 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemPlugin);
  await app.register(securityPlugin);
  const ops = deps.ops ?? createOps();
  await app.register(metricsPlugin, { ops });
  await app.register(loadShedPlugin, deps.loadShed ?? DEFAULT_LOAD_SHED);
  await app.register(inputGuardPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(openapiPlugin, { version: deps.version });
  await app.register(authPlugin, { ctx: deps.ctx });
  await app.register(multipartPlugin);

  const stamps = deps.stamps ?? createStampRuntime(deps.ctx, { log: (message, err) => app.log.error({ err }, message), ...stampObservers(ops.instruments) });
  ops.instruments.sources.scanQueueDepth = () => stamps.scans.depth();
  ops.instruments.sources.scansDropped = () => stamps.scans.dropped();
  app.addHook('onClose', async () => stamps.stop());
  // Verification keeps a product's public facts for a moment; a write handled here shows at once.
  app.addHook('onSend', async (request, reply) => {
    if (UNSAFE_METHODS.has(request.method) && reply.statusCode < 400) forgetProductFacts(deps.ctx);
  });
  await app.register(healthRoutes, { ctx: deps.ctx, replica: ops.replica });
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
      await api.register(journeyRoutes, { ctx: deps.ctx });
      await api.register(alertRoutes, { ctx: deps.ctx });
      await api.register(verifyApiRoutes, { ctx: deps.ctx, stamps });
      await api.register(dossierRoutes, { ctx: deps.ctx });
      await api.register(councilRoutes, { ctx: deps.ctx });
      await api.register(certificateRoutes, { ctx: deps.ctx });
      await api.register(fairRoutes, { ctx: deps.ctx });
      await api.register(dashboardRoutes, { ctx: deps.ctx });
      await api.register(programmeReportRoutes, { ctx: deps.ctx });
      await api.register(reportRoutes, { ctx: deps.ctx });
      await api.register(programmeRoutes, { ctx: deps.ctx });
      await api.register(openDataRoutes, { ctx: deps.ctx });
    },
    { prefix: '/api/v1' },
  );
  await app.register(publicCertificateRoutes, { ctx: deps.ctx });
  await app.register(epcisRoutes, { ctx: deps.ctx });
  await app.register(evaluationJobsPlugin, { ctx: deps.ctx, ops });
  await app.register(publicStampPages, { ctx: deps.ctx, stamps });
  await app.register(cataloguePlugin, { ctx: deps.ctx });
  await app.register(webPlugin, { webDir: deps.webDir });
  return app;
}
