import { listPlanTransitions } from '../../db/repositories/business-plans.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadPlan } from './plan-checks.js';
import { type PlanDetailView, presentPlanDetail } from './plan-input.js';

/** One business plan with its history and what the caller may do with it now. */
export async function getPlan(ctx: ServiceContext, opts: { actor: Actor; planId: number }): Promise<PlanDetailView> {
  const { row, parties } = await loadPlan(ctx.db, opts.actor, opts.planId);
  return presentPlanDetail(row, await listPlanTransitions(ctx.db, row.id), parties);
}
