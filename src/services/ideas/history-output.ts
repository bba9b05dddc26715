import { z } from 'zod';
import type { TransitionTable } from '../../db/schema-cycle.js';
import type { Selectable } from 'kysely';

export const TransitionOutput = z.object({
  at: z.string(),
  action: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string().nullable(),
  actorUsername: z.string(),
});
export type TransitionView = z.infer<typeof TransitionOutput>;

export function presentTransition(t: Selectable<TransitionTable>): TransitionView {
  return { at: t.at, action: t.action, from: t.from_status, to: t.to_status, reason: t.reason, actorUsername: t.actor_username };
}

/** Body of a status-change request: a reason (required to return or reject) or a note. */
export const ReasonInput = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict();
export const RequiredReasonInput = z.object({ reason: z.string().trim().min(3, 'give the reason (at least 3 characters)').max(2000) }).strict();
