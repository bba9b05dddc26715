import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.js';
import { sendProblem } from '../plugins/problem.js';

const HealthOutput = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/healthz', {
    schema: { tags: ['health'], summary: 'Liveness and database reachability', response: { 200: HealthOutput } },
    logLevel: 'warn',
  }, async (request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
    } catch (err) {
      request.log.error({ err }, 'health check: database unreachable');
      return sendProblem(reply, { type: '/problems/unavailable', status: 503, detail: 'Database unreachable' });
    }
    return { status: 'ok' as const, database: ctx.engine };
  });
};
