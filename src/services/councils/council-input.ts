import { z } from 'zod';
import { COUNCIL_ROLES } from '../../domain/evaluation/types.js';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';
import { PageQuery } from '../paging.js';

const Id = z.number().int().positive().max(2_147_483_647);

export const SeatInput = z.object({
  userId: Id,
  role: z.enum(COUNCIL_ROLES).describe('chair, secretary or member'),
  present: z.boolean().default(true).describe('as recorded in the minutes; absent members do not score or count'),
}).strict();

const Seats = z.array(SeatInput).min(1).max(30).superRefine((seats, ctx) => {
  const chairs = seats.filter((s) => s.role === 'chair').length;
  if (chairs !== 1) ctx.addIssue({ code: 'custom', message: `a council has exactly one chair (got ${chairs})` });
  if (seats.filter((s) => s.role === 'secretary').length > 1) ctx.addIssue({ code: 'custom', message: 'a council has at most one secretary' });
  if (new Set(seats.map((s) => s.userId)).size !== seats.length) ctx.addIssue({ code: 'custom', message: 'a user holds at most one seat' });
});

export const CreateCouncilInput = z.object({
  name: z.string().trim().min(3).max(200),
  sessionDate: z.iso.date().describe('the council session; picks the council rules (council.json) in force'),
  roundId: Id.nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  seats: Seats.describe('members: council_member accounts; the chair and secretary may also be province staff'),
}).strict();
export type CreateCouncilInput = z.infer<typeof CreateCouncilInput>;

export const UpdateCouncilInput = CreateCouncilInput.partial().strict();
export type UpdateCouncilInput = z.infer<typeof UpdateCouncilInput>;

export const CouncilListQuery = PageQuery.extend({ roundId: z.coerce.number().int().positive().max(2_147_483_647).optional() });

export const ScoreInput = z.object({
  answers: z.record(z.string().regex(/^[A-Z](\.\d+)+$/, 'a criterion code like A.1.2'), z.number().int().min(0).max(99))
    .refine((a) => Object.keys(a).length <= 200, 'at most 200 answers')
    .describe("the member's score sheet: leaf criterion code → 0-based option position"),
  producerType: z.enum(PRODUCER_TYPE_INPUTS).optional().describe("default: the producer's type"),
  case: z.union([z.literal(1), z.literal(2)]).optional(),
}).strict();
export type ScoreInput = z.infer<typeof ScoreInput>;

export const CloseScoringInput = z.object({
  override: z.object({ reason: z.string().trim().min(1).max(2000) }).strict().optional()
    .describe("the chair's written reason to close despite a score spread discussion did not resolve"),
  reason: z.string().trim().max(2000).optional(),
}).strict();
