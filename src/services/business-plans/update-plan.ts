import type { Updateable } from 'kysely';
import { findPlan, listPlanTransitions, updatePlanInState } from '../../db/repositories/business-plans.js';
import type { BusinessPlanTable } from '../../db/schema-cycle.js';
import { canEdit } from '../../domain/cycle/machine.js';
import { PLAN_MACHINE } from '../../domain/cycle/plan-machine.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, forbidden, notFound } from '../errors.js';
import { concurrentChange } from '../ideas/cycle-access.js';
import { assertProductOf } from '../ideas/idea-checks.js';
import { loadPlan } from './plan-checks.js';
import { type PlanDetailView, type UpdatePlanInput, presentPlan, presentPlanDetail } from './plan-input.js';

function toPatch(i: UpdatePlanInput, at: string): Updateable<BusinessPlanTable> {
  const p: Updateable<BusinessPlanTable> = { updated_at: at };
  if (i.productId !== undefined) p.product_id = i.productId;
  if (i.summary !== undefined) p.summary = i.summary;
  if (i.investmentVnd !== undefined) p.investment_vnd = i.investmentVnd;
  if (i.expectedRevenueVnd !== undefined) p.expected_revenue_vnd = i.expectedRevenueVnd;
  if (i.jobs !== undefined) p.jobs = i.jobs;
  if (i.timeline !== undefined) p.timeline = i.timeline;
  return p;
}

/** The applicant edits a draft plan, or a returned one before resubmitting it. */
export async function updatePlan(ctx: ServiceContext, opts: { actor: Actor; planId: number; input: UpdatePlanInput }): Promise<PlanDetailView> {
  const { row: before, parties } = await loadPlan(ctx.db, opts.actor, opts.planId);
  if (!parties.includes('applicant')) throw forbidden('Only the producer, or its commune officer on its behalf, can edit a business plan');
  if (!canEdit(PLAN_MACHINE, before.status, parties)) {
    const state = PLAN_MACHINE.stateNames[before.status];
    throw new ServiceError(409, 'illegal-transition', `Không thể sửa phương án kinh doanh ở trạng thái «${state.vi}» — Cannot edit a business plan in state ${before.status}`);
  }
  await assertProductOf(ctx.db, opts.input.productId, before.producer_id, 'body.productId');
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updatePlanInState(trx, before.id, before.status, toPatch(opts.input, at)))) throw concurrentChange('business plan');
    const row = await findPlan(trx, before.id);
    if (row === undefined) throw notFound('Business plan');
    await recordAudit(trx, { actor: opts.actor, action: 'business_plan.update', entity: 'business_plan', entityId: row.id, before: presentPlan(before), after: presentPlan(row), at });
    return presentPlanDetail(row, await listPlanTransitions(trx, row.id), parties);
  });
}
