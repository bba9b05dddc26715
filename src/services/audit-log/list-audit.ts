import { z } from 'zod';
import { type AuditFilter, type AuditRow, countAudit, listAudit as listAuditRows } from '../../db/repositories/audit.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';

export const AuditEntryOutput = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryOutput>;

function parseJson(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  const v: unknown = JSON.parse(text);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : null;
}

function present(r: AuditRow): AuditEntryView {
  return {
    id: r.id, at: r.at, actorId: r.actor_id, actorUsername: r.actor_username, action: r.action,
    entity: r.entity, entityId: r.entity_id, before: parseJson(r.before_json), after: parseJson(r.after_json),
  };
}

export async function listAudit(ctx: ServiceContext, opts: { actor: Actor; filter: AuditFilter; page: PageRequest }): Promise<Page<AuditEntryView>> {
  if (opts.actor.role !== 'province_admin') throw forbidden('Only a province admin can read the audit log');
  const [rows, total] = await Promise.all([
    listAuditRows(ctx.db, opts.filter, opts.page.pageSize, offsetOf(opts.page)),
    countAudit(ctx.db, opts.filter),
  ]);
  return { items: rows.map(present), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
