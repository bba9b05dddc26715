import { z } from 'zod';
import type { SupportRow } from '../../db/repositories/support.js';
import { FUNDING_SOURCES, SUPPORT_KINDS } from '../../domain/cycle/support.js';

const Id = z.number().int().positive().max(2_147_483_647);

export const SupportKindInput = z.enum(SUPPORT_KINDS);
export const FundingSourceInput = z.enum(FUNDING_SOURCES).describe('provincial_budget, district_commune_budget and central_budget count as the State budget');

export const SupportFields = z.object({
  producerId: Id,
  roundId: Id.nullable().optional(),
  kind: SupportKindInput,
  date: z.iso.date().describe('day of the activity (or of disbursement)'),
  description: z.string().trim().min(3).max(2000),
  costVnd: z.number().int().min(0).max(1_000_000_000_000).describe('whole VND'),
  fundingSource: FundingSourceInput,
});
export const RecordSupportInput = SupportFields.strict();
export type RecordSupportInput = z.infer<typeof RecordSupportInput>;
export const UpdateSupportInput = SupportFields.omit({ producerId: true }).partial().strict();
export type UpdateSupportInput = z.infer<typeof UpdateSupportInput>;

export const SupportOutput = z.object({
  id: z.number().int(),
  producerId: z.number().int(),
  producerName: z.string(),
  roundId: z.number().int().nullable(),
  kind: SupportKindInput,
  date: z.string(),
  description: z.string(),
  costVnd: z.number().int(),
  fundingSource: FundingSourceInput,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupportView = z.infer<typeof SupportOutput>;

export const SupportSummaryOutput = z.object({
  year: z.number().int(),
  total: z.number().int().describe('VND mobilised, all sources'),
  budget: z.number().int().describe('VND from the State budget (provincial, district/commune, central)'),
  budgetShare: z.number().describe('budget / total, 0–1'),
  budgetSharePercent: z.number().describe('budget share in %, two decimals'),
  activities: z.number().int(),
  bySource: z.array(z.object({
    source: FundingSourceInput,
    name: z.object({ vi: z.string(), en: z.string() }),
    amount: z.number().int(),
    count: z.number().int(),
    share: z.number(),
  })),
});
export type SupportSummaryView = z.infer<typeof SupportSummaryOutput>;

export function presentSupport(r: SupportRow): SupportView {
  return {
    id: r.id, producerId: r.producer_id, producerName: r.producer_name, roundId: r.round_id, kind: r.kind, date: r.activity_date,
    description: r.description, costVnd: r.cost_vnd, fundingSource: r.funding_source, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}
