import { findRound, insertRound } from '../../db/repositories/rounds.js';
import { vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertOrderedDates, assertRoundManager, assertUniqueName } from './round-checks.js';
import { type CreateRoundInput, type RoundView, presentRound } from './round-input.js';

/** Province staff open a round of the yearly cycle with the dates of its steps. */
export async function createRound(ctx: ServiceContext, opts: { actor: Actor; input: CreateRoundInput }): Promise<RoundView> {
  const { actor, input } = opts;
  assertRoundManager(actor);
  const dates = {
    promotionFrom: input.promotionFrom ?? null, ideaFrom: input.ideaFrom, ideaTo: input.ideaTo, planDeadline: input.planDeadline,
    evaluationFrom: input.evaluationFrom ?? null, evaluationTo: input.evaluationTo ?? null, councilDate: input.councilDate ?? null,
    tradePromotionFrom: input.tradePromotionFrom ?? null,
  };
  assertOrderedDates(dates);
  await assertUniqueName(ctx.db, input.year, input.name);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertRound(trx, {
      name: input.name, year: input.year, promotion_from: dates.promotionFrom, idea_from: dates.ideaFrom, idea_to: dates.ideaTo,
      plan_deadline: dates.planDeadline, evaluation_from: dates.evaluationFrom, evaluation_to: dates.evaluationTo,
      council_date: dates.councilDate, trade_promotion_from: dates.tradePromotionFrom, notes: input.notes ?? null,
      created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
    });
    // Read back so the view shows dates exactly as the engine stores them.
    const row = await findRound(trx, inserted.id);
    if (row === undefined) throw notFound('Round');
    const view = presentRound(row, vietnamDate(ctx.now()));
    await recordAudit(trx, { actor, action: 'round.create', entity: 'round', entityId: row.id, after: view, at });
    return view;
  });
}
