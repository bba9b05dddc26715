import { type FundingRow, deleteFunding as deleteRow, findFunding, insertFunding, listFundingRows, updateFunding as updateRow } from '../../db/repositories/programme.js';
import { FUNDING_SOURCE_NAMES } from '../../domain/cycle/support.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertProgrammeKeeper, assertProgrammeReader, assertUnit } from './programme-access.js';
import type { FundingInput, FundingListView, FundingPatch, FundingView } from './programme-input.js';

// Money mobilised for the programme per year and source. The budget share the province reports
// is the provincial budget over everything mobilised that year.

export function presentFunding(r: FundingRow): FundingView {
  return {
    id: r.id, year: r.year, unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name ?? r.unit_id },
    source: r.source, sourceName: FUNDING_SOURCE_NAMES[r.source], amountVnd: r.amount_vnd, note: r.note,
  };
}

export function fundingByYear(rows: readonly FundingRow[]): FundingListView['years'] {
  const years = new Map<number, { total: number; provincial: number }>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { total: 0, provincial: 0 };
    y.total += r.amount_vnd;
    if (r.source === 'provincial_budget') y.provincial += r.amount_vnd;
    years.set(r.year, y);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, y]) => ({
    year, totalVnd: y.total, provincialBudgetVnd: y.provincial, provincialBudgetShare: y.total === 0 ? 0 : y.provincial / y.total,
  }));
}

export async function listFunding(ctx: ServiceContext, opts: { actor: Actor; year?: number | undefined }): Promise<FundingListView> {
  assertProgrammeReader(opts.actor);
  const rows = await listFundingRows(ctx.db, opts.year);
  return { items: rows.map(presentFunding), years: fundingByYear(rows) };
}

async function load(ctx: ServiceContext, id: number): Promise<FundingRow> {
  const row = await findFunding(ctx.db, id);
  if (row === undefined) throw notFound('Funding record');
  return row;
}

export async function createFunding(ctx: ServiceContext, opts: { actor: Actor; input: FundingInput }): Promise<FundingView> {
  assertProgrammeKeeper(opts.actor);
  await assertUnit(ctx.db, opts.input.unitId);
  const { year, unitId, source, amountVnd, note } = opts.input;
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertFunding(trx, { year, unit_id: unitId, source, amount_vnd: amountVnd, note });
    await recordAudit(trx, { actor: opts.actor, action: 'funding.create', entity: 'programme_funding', entityId: newId, after: opts.input, at });
    return newId;
  });
  return presentFunding(await load(ctx, id));
}

export async function updateFunding(ctx: ServiceContext, opts: { actor: Actor; fundingId: number; input: FundingPatch }): Promise<FundingView> {
  assertProgrammeKeeper(opts.actor);
  const before = await load(ctx, opts.fundingId);
  await assertUnit(ctx.db, opts.input.unitId);
  const { year, unitId, source, amountVnd, note } = opts.input;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(opts.input).length > 0) await updateRow(trx, before.id, { year, unit_id: unitId, source, amount_vnd: amountVnd, note });
    await recordAudit(trx, { actor: opts.actor, action: 'funding.update', entity: 'programme_funding', entityId: before.id, before: presentFunding(before), after: opts.input, at });
  });
  return presentFunding(await load(ctx, before.id));
}

export async function deleteFunding(ctx: ServiceContext, opts: { actor: Actor; fundingId: number }): Promise<void> {
  assertProgrammeKeeper(opts.actor);
  const before = await load(ctx, opts.fundingId);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteRow(trx, before.id);
    await recordAudit(trx, { actor: opts.actor, action: 'funding.delete', entity: 'programme_funding', entityId: before.id, before: presentFunding(before), at });
  });
}
