import { z } from 'zod';
import { IDEA_ACTIONS, IDEA_MACHINE, type IdeaAction } from '../../../domain/cycle/idea-machine.js';
import { ReasonInput, RequiredReasonInput } from '../../../services/ideas/history-output.js';
import { IdeaStatusInput } from '../../../services/ideas/idea-input.js';
import { PageQuery } from '../../../services/paging.js';

const QueryId = z.coerce.number().int().positive().max(2_147_483_647);

export const IdeaListQuery = PageQuery.extend({
  roundId: QueryId.optional(),
  producerId: QueryId.optional(),
  status: IdeaStatusInput.optional(),
});

function needsReason(action: IdeaAction): boolean {
  return IDEA_MACHINE.transitions.some((t) => t.action === action && t.reason === 'required');
}

/** One entry per status-change endpoint: a reason is required to return or reject. */
export const IDEA_ACTION_ROUTES = IDEA_ACTIONS.map((action) => ({
  action,
  body: needsReason(action) ? RequiredReasonInput : ReasonInput.nullish(),
  summary: {
    submit: 'Submit (or resubmit after a return) an idea (the producer or its commune officer); notifies the commune officers',
    accept: "Accept a submitted idea (the producer's commune officer or province staff); notifies the producer",
    return: 'Return a submitted idea for changes, with reasons; notifies the producer',
    reject: 'Reject a submitted idea, with reasons; notifies the producer',
  }[action],
}));
