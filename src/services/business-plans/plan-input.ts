import { z } from 'zod';
import type { PlanRow, PlanTransitionRow } from '../../db/repositories/business-plans.js';
import { type Party, availableActions, canEdit } from '../../domain/cycle/machine.js';
import { PLAN_ACTIONS, PLAN_MACHINE, PLAN_STATES } from '../../domain/cycle/plan-machine.js';
import { TransitionOutput, presentTransition } from '../ideas/history-output.js';

const Id = z.number().int().positive().max(2_147_483_647);
// Whole VND; a trillion covers any OCOP plan and stays far inside exact double range.
const Vnd = z.number().int().min(0).max(1_000_000_000_000);

export const PlanFields = z.object({
  ideaId: Id.describe('an accepted idea; the plan belongs to its producer and round'),
  productId: Id.nullable().optional().describe("defaults to the idea's product"),
  summary: z.string().trim().min(10).max(10_000),
  investmentVnd: Vnd.describe('total investment, VND'),
  expectedRevenueVnd: Vnd.describe('expected yearly revenue, VND'),
  jobs: z.number().int().min(0).max(100_000).describe('jobs created'),
  timeline: z.string().trim().min(1).max(2000),
});
export const CreatePlanInput = PlanFields.strict();
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;
export const UpdatePlanInput = PlanFields.omit({ ideaId: true }).partial().strict();
export type UpdatePlanInput = z.infer<typeof UpdatePlanInput>;

export const PlanStatusInput = z.enum(PLAN_STATES);

export const PlanOutput = z.object({
  id: z.number().int(),
  ideaId: z.number().int(),
  ideaTitle: z.string(),
  roundId: z.number().int(),
  producerId: z.number().int(),
  producerName: z.string(),
  productId: z.number().int().nullable(),
  summary: z.string(),
  investmentVnd: z.number().int(),
  expectedRevenueVnd: z.number().int(),
  jobs: z.number().int(),
  timeline: z.string(),
  status: PlanStatusInput,
  reason: z.string().nullable().describe('reason or note given with the latest status change'),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type PlanView = z.infer<typeof PlanOutput>;

export const PlanDetailOutput = PlanOutput.extend({
  history: z.array(TransitionOutput),
  actions: z.array(z.enum(PLAN_ACTIONS)).describe('status changes the caller may make now'),
  editable: z.boolean(),
});
export type PlanDetailView = z.infer<typeof PlanDetailOutput>;

export function presentPlan(r: PlanRow): PlanView {
  return {
    id: r.id, ideaId: r.idea_id, ideaTitle: r.idea_title, roundId: r.round_id, producerId: r.producer_id, producerName: r.producer_name,
    productId: r.product_id, summary: r.summary, investmentVnd: r.investment_vnd, expectedRevenueVnd: r.expected_revenue_vnd,
    jobs: r.jobs, timeline: r.timeline, status: r.status, reason: r.reason, createdAt: r.created_at, updatedAt: r.updated_at,
    submittedAt: r.submitted_at, decidedAt: r.decided_at,
  };
}

export function presentPlanDetail(r: PlanRow, history: PlanTransitionRow[], parties: readonly Party[]): PlanDetailView {
  return {
    ...presentPlan(r),
    history: history.map(presentTransition),
    actions: availableActions(PLAN_MACHINE, r.status, parties),
    editable: canEdit(PLAN_MACHINE, r.status, parties),
  };
}
