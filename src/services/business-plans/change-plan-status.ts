import { findPlan, insertPlanTransition, listPlanTransitions, updatePlanInState } from '../../db/repositories/business-plans.js';
import { findRound } from '../../db/repositories/rounds.js';
import { checkTransition } from '../../domain/cycle/machine.js';
import { PLAN_MACHINE, type PlanAction } from '../../domain/cycle/plan-machine.js';
import { planIntakeOpen, vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { concurrentChange, transitionRefused } from '../ideas/cycle-access.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { notifyAudiences } from '../notifications/notify.js';
import { loadPlan } from './plan-checks.js';
import { type PlanDetailView, presentPlan, presentPlanDetail } from './plan-input.js';

export type ChangePlanStatusOptions = { actor: Actor; planId: number; action: PlanAction; reason?: string | undefined; mailer: Mailer };

/** A first submission must come by the round's business-plan deadline. */
async function assertBeforeDeadline(ctx: ServiceContext, roundId: number): Promise<void> {
  const round = await findRound(ctx.db, roundId);
  if (round === undefined) throw notFound('Round');
  if (!planIntakeOpen({ planDeadline: round.plan_deadline }, vietnamDate(ctx.now()))) {
    throw invalid(`Business plans for "${round.name}" were due by ${round.plan_deadline}`);
  }
}

/**
 * Submits, approves or returns a business plan, following the transition table; the change, its
 * history row, the audit entry and the notifications commit together, emails after the commit.
 */
export async function changePlanStatus(ctx: ServiceContext, opts: ChangePlanStatusOptions): Promise<PlanDetailView> {
  const { actor, action } = opts;
  const { row: before, parties } = await loadPlan(ctx.db, actor, opts.planId);
  const check = checkTransition(PLAN_MACHINE, before.status, action, parties, opts.reason);
  if (!check.ok) throw transitionRefused(check);
  const t = check.transition;
  if (t.from === 'draft' && t.action === 'submit') await assertBeforeDeadline(ctx, before.round_id);
  const at = nowIso(ctx);
  const reason = opts.reason ?? null;
  const { view, mails } = await ctx.db.transaction().execute(async (trx) => {
    const patch = { status: t.to, reason, updated_at: at, ...(action === 'submit' ? { submitted_at: at, decided_at: null } : { decided_at: at }) };
    if (!(await updatePlanInState(trx, before.id, before.status, patch))) throw concurrentChange('business plan');
    await insertPlanTransition(trx, { plan_id: before.id, at, action, from_status: t.from, to_status: t.to, reason, actor_id: actor.userId === 0 ? null : actor.userId, actor_username: actor.username });
    const row = await findPlan(trx, before.id);
    if (row === undefined) throw notFound('Business plan');
    await recordAudit(trx, { actor, action: `business_plan.${action}`, entity: 'business_plan', entityId: row.id, before: presentPlan(before), after: presentPlan(row), at });
    const producer = { id: row.producer_id, unit_id: row.producer_unit_id };
    const mails = await notifyAudiences(trx, { notice: t.notice, producer, subject: row.idea_title, link: `/portal/business-plans/${row.id}`, actor, at });
    return { view: presentPlanDetail(row, await listPlanTransitions(trx, row.id), parties), mails };
  });
  await deliverMail(opts.mailer, mails);
  return view;
}
