import { z } from 'zod';
import { TARGET_METRICS } from '../../db/schema-reports.js';
import { FUNDING_SOURCES } from '../../domain/cycle/support.js';

// The programme's own figures that the province office keeps by hand: money mobilised per year
// by source, and the targets it sets (e.g. number of 4★ and 5★ products by 2027).

const Year = z.number().int().min(2018).max(2100);
const UnitId = z.string().min(1).max(64).nullable().default(null).describe('null: the whole province');

export const FundingInput = z.object({
  year: Year,
  unitId: UnitId,
  source: z.enum(FUNDING_SOURCES).describe('provincial_budget counts towards the budget share'),
  amountVnd: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('whole VND'),
  note: z.string().trim().max(500).nullable().default(null),
}).strict();
export type FundingInput = z.infer<typeof FundingInput>;
export const FundingPatch = FundingInput.partial().strict();
export type FundingPatch = z.infer<typeof FundingPatch>;

export const FundingOutput = z.object({
  id: z.number().int(), year: z.number().int(), unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  source: z.enum(FUNDING_SOURCES), sourceName: z.object({ vi: z.string(), en: z.string() }), amountVnd: z.number().int(), note: z.string().nullable(),
});
export type FundingView = z.infer<typeof FundingOutput>;

export const FundingYearOutput = z.object({
  year: z.number().int(),
  totalVnd: z.number().int(),
  provincialBudgetVnd: z.number().int(),
  provincialBudgetShare: z.number().describe('provincial budget / total, 0–1'),
});

export const FundingListOutput = z.object({ items: z.array(FundingOutput), years: z.array(FundingYearOutput) });
export type FundingListView = z.infer<typeof FundingListOutput>;

export const TargetInput = z.object({
  year: Year.describe('the year by which the value is to be reached'),
  metric: z.enum(TARGET_METRICS),
  unitId: UnitId,
  value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
}).strict();
export type TargetInput = z.infer<typeof TargetInput>;
export const TargetPatch = TargetInput.partial().strict();
export type TargetPatch = z.infer<typeof TargetPatch>;

export const TargetOutput = z.object({
  id: z.number().int(), year: z.number().int(), metric: z.enum(TARGET_METRICS), unit: z.object({ id: z.string(), name: z.string() }).nullable(), value: z.number().int(),
});
export type TargetView = z.infer<typeof TargetOutput>;

export const ProgrammeYearQuery = z.object({ year: z.coerce.number().int().min(2018).max(2100).optional() });
