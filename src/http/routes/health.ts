import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReplicaMonitor } from '../../db/replica.js';
import type { ServiceContext } from '../../services/context.js';
import { sendProblem } from '../plugins/problem.js';

// With a read replica the answer adds its state at the last periodic check; the primary decides
// the status (a lagging or unreachable replica only sends reads back to the primary).
const ReplicaOutput = z.object({
  status: z.enum(['starting', 'ok', 'lagging', 'unreachable']),
  lagSeconds: z.number().nullable(),
  usedForReads: z.boolean(),
  checkedAt: z.string().nullable(),
});
const HealthOutput = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), replica: ReplicaOutput.optional() });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; replica?: ReplicaMonitor | undefined }> = async (app, { ctx, replica }) => {
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
    return { status: 'ok' as const, database: ctx.engine, ...(replica === undefined ? {} : { replica: replica.status() }) };
  });
};
