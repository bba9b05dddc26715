import { countRoundRows, listRoundRows } from '../../db/repositories/rounds.js';
import { vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type RoundView, presentRound } from './round-input.js';

// Rounds are programme-wide announcements: every signed-in user may read them.

export async function listRounds(ctx: ServiceContext, opts: { actor: Actor; year?: number | undefined; page: PageRequest }): Promise<Page<RoundView>> {
  const filter = { year: opts.year };
  const [rows, total] = await Promise.all([
    listRoundRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countRoundRows(ctx.db, filter),
  ]);
  const today = vietnamDate(ctx.now());
  return { items: rows.map((r) => presentRound(r, today)), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
