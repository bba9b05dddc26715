import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.js';
import type { StampRuntime } from '../../services/stamps/stamp-runtime.js';
import { productPageRoutes } from './product-page.js';
import { resolverRoutes } from './resolver-routes.js';
import { verifyRoutes } from './verify-routes.js';

/** The public side of the stamps (no login): resolver, verify pages, product pages. */
export async function publicStampPages(app: FastifyInstance, opts: { ctx: ServiceContext; stamps: StampRuntime }): Promise<void> {
  await app.register(resolverRoutes, opts);
  await app.register(verifyRoutes, opts);
  await app.register(productPageRoutes, { ctx: opts.ctx });
}
