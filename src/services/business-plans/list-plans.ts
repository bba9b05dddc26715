import { countPlanRows, listPlanRows } from '../../db/repositories/business-plans.js';
import type { PlanStatus } from '../../domain/cycle/plan-machine.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { cycleScope } from '../ideas/cycle-access.js';
import { type PlanView, presentPlan } from './plan-input.js';

export type PlanListFilter = { roundId?: number | undefined; producerId?: number | undefined; status?: PlanStatus | undefined };

/** Business plans the caller may see: their producer's, their commune's, or all for province staff. */
export async function listPlans(ctx: ServiceContext, opts: { actor: Actor; filter: PlanListFilter; page: PageRequest }): Promise<Page<PlanView>> {
  const filter = { ...opts.filter, scope: await cycleScope(ctx.db, opts.actor) };
  const [rows, total] = await Promise.all([
    listPlanRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countPlanRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentPlan), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
