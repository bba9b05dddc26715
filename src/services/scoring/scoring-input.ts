import { z } from 'zod';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';

// What a caller sends to classify a product or plan its next star: the same body for the API
// and (read from a file plus flags) for `ocop classify`.

// A sheet has under 50 leaf criteria; the cap keeps a hostile body from producing a huge error list.
const MAX_ANSWERS = 200;
const CriterionCode = z.string().regex(/^[A-Z](\.\d+)+$/, 'a criterion code like A.1.2');

export const ClassifyInput = z.object({
  setNumber: z.number().int().positive().max(999).describe('product set number (1–26 under 26/2026/QĐ-TTg)'),
  answers: z.record(CriterionCode, z.number().int().min(0).max(99))
    .refine((a) => Object.keys(a).length <= MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`)
    .describe('leaf criterion code → 0-based position of the chosen option, e.g. {"A.1.1": 2}'),
  producerType: z.enum(PRODUCER_TYPE_INPUTS).optional().describe('legal form of the producer; "enterprise" stands for any company form'),
  case: z.union([z.literal(1), z.literal(2)]).optional()
    .describe('tourism sheets: 1 = service provided by the community, 2 = tourist site / organisation or individual'),
  legalVersion: z.string().min(1).max(40).optional().describe('"26/2026/QĐ-TTg" or "26-2026"; default: the version in force today'),
});
export type ClassifyInput = z.infer<typeof ClassifyInput>;

export const UpgradeInput = ClassifyInput.extend({
  targetStar: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional().describe('default: one star above the current rating'),
});
export type UpgradeInput = z.infer<typeof UpgradeInput>;
