import { z } from 'zod';
import { PLAN_ACTIONS, PLAN_MACHINE, type PlanAction } from '../../../domain/cycle/plan-machine.js';
import { PlanStatusInput } from '../../../services/business-plans/plan-input.js';
import { ReasonInput, RequiredReasonInput } from '../../../services/ideas/history-output.js';
import { PageQuery } from '../../../services/paging.js';

const QueryId = z.coerce.number().int().positive().max(2_147_483_647);

export const PlanListQuery = PageQuery.extend({
  roundId: QueryId.optional(),
  producerId: QueryId.optional(),
  status: PlanStatusInput.optional(),
});

function needsReason(action: PlanAction): boolean {
  return PLAN_MACHINE.transitions.some((t) => t.action === action && t.reason === 'required');
}

/** One entry per status-change endpoint: a reason is required to return a plan. */
export const PLAN_ACTION_ROUTES = PLAN_ACTIONS.map((action) => ({
  action,
  body: needsReason(action) ? RequiredReasonInput : ReasonInput.nullish(),
  summary: {
    submit: 'Submit (or resubmit after a return) a business plan (the producer or its commune officer); notifies province officers',
    approve: 'Approve a submitted business plan (province staff); notifies the producer and its commune officer',
    return: 'Return a submitted business plan for changes, with reasons (province staff); notifies the producer',
  }[action],
}));
