import { findPlan, findPlanIdByIdea, insertPlan } from '../../db/repositories/business-plans.js';
import { isUniqueViolation } from '../../db/repositories/db-errors.js';
import { findIdea } from '../../db/repositories/ideas.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { cycleScope, partiesOf } from '../ideas/cycle-access.js';
import { assertProductOf } from '../ideas/idea-checks.js';
import { type CreatePlanInput, type PlanDetailView, presentPlan, presentPlanDetail } from './plan-input.js';

const planExists = () => conflict('This idea already has a business plan', [{ path: 'body.ideaId', message: 'already has a plan' }]);

async function acceptedIdea(ctx: ServiceContext, actor: Actor, ideaId: number) {
  const idea = await findIdea(ctx.db, ideaId);
  if (idea === undefined || !scopeAllows(await cycleScope(ctx.db, actor), { id: idea.producer_id, unit_id: idea.producer_unit_id })) {
    throw invalid('Unknown idea', [{ path: 'body.ideaId', message: 'no such idea in your scope' }]);
  }
  if (idea.status !== 'accepted') {
    throw conflict(`A business plan needs an accepted idea; this idea is ${idea.status}`, [{ path: 'body.ideaId', message: `idea is ${idea.status}` }]);
  }
  if ((await findPlanIdByIdea(ctx.db, ideaId)) !== undefined) throw planExists();
  return idea;
}

/** The applicant drafts the business plan (phương án kinh doanh) of an accepted idea. */
export async function createPlan(ctx: ServiceContext, opts: { actor: Actor; input: CreatePlanInput }): Promise<PlanDetailView> {
  const { actor, input } = opts;
  await cycleScope(ctx.db, actor);
  const parties = partiesOf(actor);
  if (!parties.includes('applicant')) throw forbidden('Only the producer, or its commune officer on its behalf, can write a business plan');
  const idea = await acceptedIdea(ctx, actor, input.ideaId);
  await assertProductOf(ctx.db, input.productId, idea.producer_id, 'body.productId');
  const at = nowIso(ctx);
  const write = ctx.db.transaction().execute(async (trx) => {
    const id = await insertPlan(trx, {
      idea_id: idea.id, round_id: idea.round_id, producer_id: idea.producer_id, product_id: input.productId ?? idea.product_id,
      summary: input.summary, investment_vnd: input.investmentVnd, expected_revenue_vnd: input.expectedRevenueVnd, jobs: input.jobs,
      timeline: input.timeline, status: 'draft', reason: null, created_by: actor.userId === 0 ? null : actor.userId,
      created_at: at, updated_at: at, submitted_at: null, decided_at: null,
    });
    const row = await findPlan(trx, id);
    if (row === undefined) throw notFound('Business plan');
    await recordAudit(trx, { actor, action: 'business_plan.create', entity: 'business_plan', entityId: id, after: presentPlan(row), at });
    return presentPlanDetail(row, [], parties);
  });
  // Two plans written at once for the same idea: the unique index lets only one through.
  return write.catch((err: unknown) => {
    throw isUniqueViolation(err) ? planExists() : err;
  });
}
