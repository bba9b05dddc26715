import { z } from 'zod';
import { PRODUCER_TYPES } from '../../domain/scoring/producer-types.js';

// The file format of src/rules/score-sheets/*.json (documented in README.md). Strict objects:
// a misspelt field in a hand edit is an error, not silently ignored data.

export const LocalTextSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });
const Code = z.string().regex(/^[A-Z](\.\d+)*$/, 'a code like A, A.1 or A.1.2');
const Notes = z.array(z.string().min(1)).min(1).readonly().optional();
const Star = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const MarkerStar = z.union([z.literal(3), z.literal(4), z.literal(5)]);
const IsoDate = z.iso.date();

export const ScoreOptionSchema = z.strictObject({
  position: z.number().int().min(0),
  label: LocalTextSchema,
  points: z.number().int().min(0),
  minStar: MarkerStar.optional(),
  appliesTo: z.strictObject({
    producerTypes: z.array(z.enum(PRODUCER_TYPES)).min(1).readonly().optional(),
    case: z.union([z.literal(1), z.literal(2)]).optional(),
  }).optional(),
  stopsEvaluation: z.literal(true).optional(),
  synthetic: z.literal(true).optional(),
  sourceNote: z.string().min(1).optional(),
});

export const CriterionSchema = z.strictObject({
  code: Code,
  title: LocalTextSchema,
  maxPoints: z.number().int().min(0),
  notes: Notes,
  disqualifyWhen: Notes,
  options: z.array(ScoreOptionSchema).min(1).readonly(),
});

export const CriterionGroupSchema = CriterionSchema.omit({ options: true });

export const ScoreSheetSchema = z.strictObject({
  setNumber: z.number().int().positive(),
  name: LocalTextSchema,
  disqualifyWhen: z.array(z.string().min(1)).readonly(),
  parts: z.array(z.strictObject({ code: z.string().regex(/^[A-Z]$/), title: LocalTextSchema, maxPoints: z.number().int().positive() })).min(1).readonly(),
  groups: z.array(CriterionGroupSchema).readonly(),
  criteria: z.array(CriterionSchema).min(1).readonly(),
});

export const ScoreSheetVersionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
  legalVersion: z.string().min(1),
  title: LocalTextSchema,
  effectiveFrom: IsoDate,
  replacedOn: IsoDate.nullable(),
  source: z.string().min(1),
  sourceIssues: z.array(z.string().min(1)),
  notes: z.array(z.string().min(1)),
  starBands: z.array(z.strictObject({ star: Star, minPoints: z.number().min(0) })).length(5).readonly(),
  certification: z.strictObject({
    minimumStar: Star,
    validityMonths: z.number().int().positive().nullable(),
    reevaluationFiling: z.strictObject({
      opensDaysBeforeExpiry: z.number().int().positive(),
      closesDaysBeforeExpiry: z.number().int().positive(),
    }).nullable(),
  }),
  sheets: z.array(ScoreSheetSchema).min(1),
});
