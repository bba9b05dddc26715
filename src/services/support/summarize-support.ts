import { sumSupportBySource } from '../../db/repositories/support.js';
import { FUNDING_SOURCE_NAMES, summarizeFunding } from '../../domain/cycle/support.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { cycleScope } from '../ideas/cycle-access.js';
import type { SupportSummaryView } from './support-input.js';
import { yearRange } from './list-support.js';

/**
 * "X VND mobilised in the year, of which Y % from the State budget", over the activities the
 * caller may see (the whole province for province staff, their commune, or their own producer).
 * The database sums per source; the shares are worked out from those few totals.
 */
export async function summarizeSupport(ctx: ServiceContext, opts: { actor: Actor; year: number; producerId?: number | undefined }): Promise<SupportSummaryView> {
  const scope = await cycleScope(ctx.db, opts.actor);
  const rows = await sumSupportBySource(ctx.db, { scope, producerId: opts.producerId, ...yearRange(opts.year) });
  const s = summarizeFunding(rows);
  return {
    year: opts.year, total: s.total, budget: s.budget, budgetShare: s.budgetShare, budgetSharePercent: s.budgetSharePercent,
    activities: s.activities, bySource: s.bySource.map((r) => ({ ...r, name: FUNDING_SOURCE_NAMES[r.source] })),
  };
}
