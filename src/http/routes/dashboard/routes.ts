import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { type TableFile, exportDashboardTable } from '../../../services/dashboard/export-dashboard-table.js';
import { getDashboard } from '../../../services/dashboard/get-dashboard.js';
import { requireActor } from '../../plugins/auth.js';
import { problems } from '../../schemas.js';
import { DashboardInput, DashboardOutput, DashboardTableParams } from './schema.js';

const tags = ['dashboard'];

/** A generated file as a download (figures are per user: never cached by shared caches). */
export function sendTableFile(reply: FastifyReply, file: TableFile): FastifyReply {
  return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).header('cache-control', 'private, no-store').send(file.body);
}

export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/dashboard', {
    schema: {
      tags, summary: 'Programme dashboard: every section for a year, the whole province (province staff) or a commune (its officer); figures from database aggregates and the scan rollup',
      querystring: DashboardInput, response: { 200: DashboardOutput, ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const view = await getDashboard(ctx, { actor: requireActor(request), query: request.query });
    reply.header('cache-control', 'private, no-store');
    return view;
  });

  app.get('/dashboard/:section.:format', {
    schema: {
      tags, summary: 'The table behind one dashboard chart as CSV (UTF-8) or .xlsx, with the same filters as the dashboard',
      params: DashboardTableParams, querystring: DashboardInput, response: problems(400, 401, 403, 404),
    },
  }, async (request, reply) => {
    const { section, format } = request.params;
    const file = await exportDashboardTable(ctx, { actor: requireActor(request), query: request.query, key: section, format });
    return sendTableFile(reply, file);
  });
};
