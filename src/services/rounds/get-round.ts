import { findRound } from '../../db/repositories/rounds.js';
import { vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type RoundView, presentRound } from './round-input.js';

/** One round; every signed-in user may read it. */
export async function getRound(ctx: ServiceContext, opts: { actor: Actor; roundId: number }): Promise<RoundView> {
  const row = await findRound(ctx.db, opts.roundId);
  if (row === undefined) throw notFound('Round');
  return presentRound(row, vietnamDate(ctx.now()));
}
