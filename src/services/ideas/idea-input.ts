import { z } from 'zod';
import type { IdeaRow, IdeaTransitionRow } from '../../db/repositories/ideas.js';
import { IDEA_ACTIONS, IDEA_MACHINE, IDEA_STATES } from '../../domain/cycle/idea-machine.js';
import { type Party, availableActions, canEdit } from '../../domain/cycle/machine.js';
import { TransitionOutput, presentTransition } from './history-output.js';

const Id = z.number().int().positive().max(2_147_483_647);
const Text = (max: number) => z.string().trim().min(1).max(max);

export const IdeaFields = z.object({
  roundId: Id,
  producerId: Id.optional().describe("defaults to the caller's producer for producer members; required for commune officers"),
  productId: Id.nullable().optional().describe('a registry product of the same producer, when it exists'),
  title: z.string().trim().min(3).max(200),
  productSet: z.number().int().min(1).max(26).describe('product set number of the national criteria (1–26)'),
  description: Text(5000),
  rawMaterials: Text(2000).describe('local raw materials'),
  expectedMarket: Text(2000),
});
export const CreateIdeaInput = IdeaFields.strict();
export type CreateIdeaInput = z.infer<typeof CreateIdeaInput>;
export const UpdateIdeaInput = IdeaFields.omit({ roundId: true, producerId: true }).partial().strict();
export type UpdateIdeaInput = z.infer<typeof UpdateIdeaInput>;

export const IdeaStatusInput = z.enum(IDEA_STATES);
export const IdeaActionOutput = z.enum(IDEA_ACTIONS);

export const IdeaOutput = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundName: z.string(),
  producerId: z.number().int(),
  producerName: z.string(),
  productId: z.number().int().nullable(),
  title: z.string(),
  productSet: z.number().int(),
  description: z.string(),
  rawMaterials: z.string(),
  expectedMarket: z.string(),
  status: IdeaStatusInput,
  reason: z.string().nullable().describe('reason or note given with the latest status change'),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type IdeaView = z.infer<typeof IdeaOutput>;

export const IdeaDetailOutput = IdeaOutput.extend({
  history: z.array(TransitionOutput),
  actions: z.array(IdeaActionOutput).describe('status changes the caller may make now'),
  editable: z.boolean().describe('whether the caller may edit the content now'),
});
export type IdeaDetailView = z.infer<typeof IdeaDetailOutput>;

export function presentIdea(r: IdeaRow): IdeaView {
  return {
    id: r.id, roundId: r.round_id, roundName: r.round_name, producerId: r.producer_id, producerName: r.producer_name,
    productId: r.product_id, title: r.title, productSet: r.product_set, description: r.description,
    rawMaterials: r.raw_materials, expectedMarket: r.expected_market, status: r.status, reason: r.reason,
    createdAt: r.created_at, updatedAt: r.updated_at, submittedAt: r.submitted_at, decidedAt: r.decided_at,
  };
}

export function presentIdeaDetail(r: IdeaRow, history: IdeaTransitionRow[], parties: readonly Party[]): IdeaDetailView {
  return {
    ...presentIdea(r),
    history: history.map(presentTransition),
    actions: availableActions(IDEA_MACHINE, r.status, parties),
    editable: canEdit(IDEA_MACHINE, r.status, parties),
  };
}
