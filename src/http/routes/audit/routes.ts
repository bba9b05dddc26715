import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntryOutput, listAudit } from '../../../services/audit-log/list-audit.js';
import type { ServiceContext } from '../../../services/context.js';
import { PageQuery, pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { problems } from '../../schemas.js';

const AuditQuery = PageQuery.extend({
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  action: z.string().max(60).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('inclusive, ISO date or date-time'),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('exclusive, ISO date or date-time'),
});

function toIso(v: string | undefined): string | undefined {
  return v === undefined ? undefined : new Date(v).toISOString();
}

export const auditRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/audit', {
    schema: { tags: ['audit'], summary: 'Audit log: who changed what, with before/after (province admin)', querystring: AuditQuery, response: { 200: pageOutput(AuditEntryOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, from, to, ...rest } = request.query;
    return listAudit(ctx, { actor: requireActor(request), filter: { ...rest, from: toIso(from), to: toIso(to) }, page: { page, pageSize } });
  });
};
