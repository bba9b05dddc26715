import type { Kysely } from 'kysely';
import { deleteFairRow, fairProductIds, findFair, insertFair, replaceFairProducts, updateFairRow } from '../../db/repositories/fairs.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertFairManager, assertValidFair } from './fair-checks.js';
import { type CreateFairInput, type FairView, type UpdateFairInput, presentFair } from './fair-input.js';

// Province staff add, change and remove fairs; every change is audited with before and after.

async function readBack(trx: Kysely<DB>, fairId: number): Promise<FairView> {
  const row = await findFair(trx, fairId);
  if (row === undefined) throw notFound('Fair');
  return presentFair(row, (await fairProductIds(trx, [fairId])).map((l) => l.product_id));
}

export async function createFair(ctx: ServiceContext, opts: { actor: Actor; input: CreateFairInput }): Promise<FairView> {
  const { actor, input } = opts;
  assertFairManager(actor);
  const productIds = input.productIds ?? [];
  await assertValidFair(ctx.db, { unitId: input.unitId ?? null, startsOn: input.startsOn, endsOn: input.endsOn, productIds });
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertFair(trx, {
      name_vi: input.nameVi, name_en: input.nameEn ?? null, place: input.place, unit_id: input.unitId ?? null, starts_on: input.startsOn, ends_on: input.endsOn,
      description: input.description ?? null, url: input.url ?? null, created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
    });
    await replaceFairProducts(trx, row.id, productIds);
    const view = await readBack(trx, row.id);
    await recordAudit(trx, { actor, action: 'fair.create', entity: 'fair', entityId: row.id, after: view, at });
    return view;
  });
}

export async function updateFair(ctx: ServiceContext, opts: { actor: Actor; fairId: number; input: UpdateFairInput }): Promise<FairView> {
  const { actor, input } = opts;
  assertFairManager(actor);
  const before = await readBack(ctx.db, opts.fairId);
  const merged = {
    unitId: input.unitId === undefined ? before.unitId : input.unitId, startsOn: input.startsOn ?? before.startsOn, endsOn: input.endsOn ?? before.endsOn,
  };
  // Products already attached stay even if their certificate lapsed since; new lists are checked.
  await assertValidFair(ctx.db, { ...merged, productIds: input.productIds ?? [] });
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await updateFairRow(trx, opts.fairId, {
      ...(input.nameVi === undefined ? {} : { name_vi: input.nameVi }), ...(input.nameEn === undefined ? {} : { name_en: input.nameEn }),
      ...(input.place === undefined ? {} : { place: input.place }), ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.url === undefined ? {} : { url: input.url }), unit_id: merged.unitId, starts_on: merged.startsOn, ends_on: merged.endsOn, updated_at: at,
    });
    if (input.productIds !== undefined) await replaceFairProducts(trx, opts.fairId, input.productIds);
    const after = await readBack(trx, opts.fairId);
    await recordAudit(trx, { actor, action: 'fair.update', entity: 'fair', entityId: opts.fairId, before, after, at });
    return after;
  });
}

export async function deleteFair(ctx: ServiceContext, opts: { actor: Actor; fairId: number }): Promise<void> {
  assertFairManager(opts.actor);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readBack(trx, opts.fairId);
    await deleteFairRow(trx, opts.fairId);
    await recordAudit(trx, { actor: opts.actor, action: 'fair.delete', entity: 'fair', entityId: opts.fairId, before, at });
  });
}
