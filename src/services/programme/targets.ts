import { type TargetRow, deleteTarget as deleteRow, findTarget, findTargetFor, insertTarget, listTargetRows, updateTarget as updateRow } from '../../db/repositories/programme.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { assertProgrammeKeeper, assertProgrammeReader, assertUnit } from './programme-access.js';
import type { TargetInput, TargetPatch, TargetView } from './programme-input.js';

// Targets the province sets: one value per (year, metric, unit); the dashboard sets progress
// against them.

export function presentTarget(r: TargetRow): TargetView {
  return { id: r.id, year: r.year, metric: r.metric, unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name ?? r.unit_id }, value: r.value };
}

export async function listTargets(ctx: ServiceContext, opts: { actor: Actor; year?: number | undefined }): Promise<TargetView[]> {
  assertProgrammeReader(opts.actor);
  return (await listTargetRows(ctx.db, opts.year)).map(presentTarget);
}

async function load(ctx: ServiceContext, id: number): Promise<TargetRow> {
  const row = await findTarget(ctx.db, id);
  if (row === undefined) throw notFound('Target');
  return row;
}

async function assertFree(ctx: ServiceContext, t: { year: number; metric: TargetInput['metric']; unitId: string | null }, exceptId?: number): Promise<void> {
  const existing = await findTargetFor(ctx.db, t.year, t.metric, t.unitId);
  if (existing !== undefined && existing.id !== exceptId) throw conflict('A target for this year, metric and unit already exists; change that one', [{ path: 'body.metric', message: `target ${existing.id} already set` }]);
}

export async function createTarget(ctx: ServiceContext, opts: { actor: Actor; input: TargetInput }): Promise<TargetView> {
  assertProgrammeKeeper(opts.actor);
  const { year, metric, unitId, value } = opts.input;
  await assertUnit(ctx.db, unitId);
  await assertFree(ctx, { year, metric, unitId });
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertTarget(trx, { year, metric, unit_id: unitId, value });
    await recordAudit(trx, { actor: opts.actor, action: 'target.create', entity: 'programme_target', entityId: newId, after: opts.input, at });
    return newId;
  });
  return presentTarget(await load(ctx, id));
}

export async function updateTarget(ctx: ServiceContext, opts: { actor: Actor; targetId: number; input: TargetPatch }): Promise<TargetView> {
  assertProgrammeKeeper(opts.actor);
  const before = await load(ctx, opts.targetId);
  const { year, metric, unitId, value } = opts.input;
  await assertUnit(ctx.db, unitId);
  await assertFree(ctx, { year: year ?? before.year, metric: metric ?? before.metric, unitId: unitId === undefined ? before.unit_id : unitId }, before.id);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(opts.input).length > 0) await updateRow(trx, before.id, { year, metric, unit_id: unitId, value });
    await recordAudit(trx, { actor: opts.actor, action: 'target.update', entity: 'programme_target', entityId: before.id, before: presentTarget(before), after: opts.input, at });
  });
  return presentTarget(await load(ctx, before.id));
}

export async function deleteTarget(ctx: ServiceContext, opts: { actor: Actor; targetId: number }): Promise<void> {
  assertProgrammeKeeper(opts.actor);
  const before = await load(ctx, opts.targetId);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteRow(trx, before.id);
    await recordAudit(trx, { actor: opts.actor, action: 'target.delete', entity: 'programme_target', entityId: before.id, before: presentTarget(before), at });
  });
}
