import type { Updateable } from 'kysely';
import { findRound, updateRoundRow } from '../../db/repositories/rounds.js';
import type { CycleRoundTable } from '../../db/schema-cycle.js';
import { type RoundDates, vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertOrderedDates, assertRoundManager, assertUniqueName } from './round-checks.js';
import { type RoundView, type UpdateRoundInput, presentRound, roundDates } from './round-input.js';

function mergedDates(before: RoundDates, i: UpdateRoundInput): RoundDates {
  return {
    promotionFrom: i.promotionFrom === undefined ? before.promotionFrom : i.promotionFrom,
    ideaFrom: i.ideaFrom ?? before.ideaFrom,
    ideaTo: i.ideaTo ?? before.ideaTo,
    planDeadline: i.planDeadline ?? before.planDeadline,
    evaluationFrom: i.evaluationFrom === undefined ? before.evaluationFrom : i.evaluationFrom,
    evaluationTo: i.evaluationTo === undefined ? before.evaluationTo : i.evaluationTo,
    councilDate: i.councilDate === undefined ? before.councilDate : i.councilDate,
    tradePromotionFrom: i.tradePromotionFrom === undefined ? before.tradePromotionFrom : i.tradePromotionFrom,
  };
}

function toPatch(d: RoundDates, i: UpdateRoundInput, at: string): Updateable<CycleRoundTable> {
  const patch: Updateable<CycleRoundTable> = {
    promotion_from: d.promotionFrom, idea_from: d.ideaFrom, idea_to: d.ideaTo, plan_deadline: d.planDeadline,
    evaluation_from: d.evaluationFrom, evaluation_to: d.evaluationTo, council_date: d.councilDate,
    trade_promotion_from: d.tradePromotionFrom, updated_at: at,
  };
  if (i.name !== undefined) patch.name = i.name;
  if (i.year !== undefined) patch.year = i.year;
  if (i.notes !== undefined) patch.notes = i.notes;
  return patch;
}

/** Province staff change a round's name, year or step dates; the merged dates must stay ordered. */
export async function updateRound(ctx: ServiceContext, opts: { actor: Actor; roundId: number; input: UpdateRoundInput }): Promise<RoundView> {
  assertRoundManager(opts.actor);
  const before = await findRound(ctx.db, opts.roundId);
  if (before === undefined) throw notFound('Round');
  const dates = mergedDates(roundDates(before), opts.input);
  assertOrderedDates(dates);
  await assertUniqueName(ctx.db, opts.input.year ?? before.year, opts.input.name ?? before.name, before.id);
  const at = nowIso(ctx);
  const today = vietnamDate(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    await updateRoundRow(trx, before.id, toPatch(dates, opts.input, at));
    const row = await findRound(trx, before.id);
    if (row === undefined) throw notFound('Round');
    const view = presentRound(row, today);
    await recordAudit(trx, { actor: opts.actor, action: 'round.update', entity: 'round', entityId: row.id, before: presentRound(before, today), after: view, at });
    return view;
  });
}
