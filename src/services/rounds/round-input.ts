import { z } from 'zod';
import type { RoundRow } from '../../db/repositories/rounds.js';
import { type RoundDates, roundStep } from '../../domain/cycle/round-dates.js';

const IsoDate = z.iso.date();
const OptionalDate = IsoDate.nullable().optional();

export const RoundFields = z.object({
  name: z.string().trim().min(3).max(200).describe('e.g. "Chu trình OCOP 2026, đợt 1"'),
  year: z.number().int().min(2018).max(2100),
  promotionFrom: OptionalDate.describe('start of promotion (tuyên truyền)'),
  ideaFrom: IsoDate.describe('idea intake opens'),
  ideaTo: IsoDate.describe('idea intake closes (inclusive)'),
  planDeadline: IsoDate.describe('business plans due (inclusive)'),
  evaluationFrom: OptionalDate,
  evaluationTo: OptionalDate,
  councilDate: OptionalDate.describe('provincial council meeting'),
  tradePromotionFrom: OptionalDate.describe('start of trade promotion (xúc tiến thương mại)'),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export const CreateRoundInput = RoundFields.strict();
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;
export const UpdateRoundInput = RoundFields.partial().strict();
export type UpdateRoundInput = z.infer<typeof UpdateRoundInput>;

export const RoundStepOutput = z.enum(['upcoming', 'promotion', 'idea_intake', 'business_plans', 'implementation_support', 'evaluation', 'trade_promotion']);

export const RoundOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  promotionFrom: z.string().nullable(),
  ideaFrom: z.string(),
  ideaTo: z.string(),
  planDeadline: z.string(),
  evaluationFrom: z.string().nullable(),
  evaluationTo: z.string().nullable(),
  councilDate: z.string().nullable(),
  tradePromotionFrom: z.string().nullable(),
  notes: z.string().nullable(),
  step: RoundStepOutput.describe('the step of the cycle the round is in today (Vietnam time)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RoundView = z.infer<typeof RoundOutput>;

export function roundDates(r: RoundRow): RoundDates {
  return {
    promotionFrom: r.promotion_from, ideaFrom: r.idea_from, ideaTo: r.idea_to, planDeadline: r.plan_deadline,
    evaluationFrom: r.evaluation_from, evaluationTo: r.evaluation_to, councilDate: r.council_date, tradePromotionFrom: r.trade_promotion_from,
  };
}

export function presentRound(r: RoundRow, today: string): RoundView {
  const dates = roundDates(r);
  return { id: r.id, name: r.name, year: r.year, ...dates, notes: r.notes, step: roundStep(dates, today), createdAt: r.created_at, updatedAt: r.updated_at };
}
