import type { Updateable } from 'kysely';
import { findSupport, updateSupportRow } from '../../db/repositories/support.js';
import type { SupportActivityTable } from '../../db/schema-cycle.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertRoundExists, assertSupportRecorder, loadSupport } from './support-checks.js';
import { type SupportView, type UpdateSupportInput, presentSupport } from './support-input.js';

function toPatch(i: UpdateSupportInput, at: string): Updateable<SupportActivityTable> {
  const p: Updateable<SupportActivityTable> = { updated_at: at };
  if (i.roundId !== undefined) p.round_id = i.roundId;
  if (i.kind !== undefined) p.kind = i.kind;
  if (i.date !== undefined) p.activity_date = i.date;
  if (i.description !== undefined) p.description = i.description;
  if (i.costVnd !== undefined) p.cost_vnd = i.costVnd;
  if (i.fundingSource !== undefined) p.funding_source = i.fundingSource;
  return p;
}

/** Corrects a support record (the producer stays the same); the audit log keeps the old values. */
export async function updateSupport(ctx: ServiceContext, opts: { actor: Actor; supportId: number; input: UpdateSupportInput }): Promise<SupportView> {
  const before = await loadSupport(ctx.db, opts.actor, opts.supportId);
  assertSupportRecorder(opts.actor);
  await assertRoundExists(ctx.db, opts.input.roundId);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await updateSupportRow(trx, before.id, toPatch(opts.input, at));
    const row = await findSupport(trx, before.id);
    if (row === undefined) throw notFound('Support activity');
    const view = presentSupport(row);
    await recordAudit(trx, { actor: opts.actor, action: 'support.update', entity: 'support_activity', entityId: row.id, before: presentSupport(before), after: view, at });
    return view;
  });
}
