import { z } from 'zod';
import type { Classification } from '../../domain/scoring/classify.js';
import { explainClassification, explainUpgradePlan } from '../../domain/scoring/explain.js';
import type { UpgradePlan } from '../../domain/scoring/gap.js';
import { PRODUCER_TYPES } from '../../domain/scoring/producer-types.js';
import { ScoreSheetSchema, ScoreSheetVersionSchema } from '../../rules/score-sheets/schema.js';

// The JSON shapes of classification results and upgrade plans (API responses and CLI output).

export const LocalTextOutput = z.object({ vi: z.string(), en: z.string().optional() });
const OptionRefOutput = z.object({ position: z.number().int(), label: LocalTextOutput, points: z.number() });
const Explanation = z.object({ vi: z.string(), en: z.string() });

export const ClassificationOutput = z.object({
  legalVersion: z.string(),
  versionId: z.string(),
  setNumber: z.number().int(),
  setName: LocalTextOutput,
  producerTypes: z.array(z.enum(PRODUCER_TYPES)).describe('legal forms consistent with the request and the answers'),
  case: z.union([z.literal(1), z.literal(2)]).nullable(),
  total: z.number(),
  maxTotal: z.number(),
  parts: z.array(z.object({ code: z.string(), title: LocalTextOutput, points: z.number(), maxPoints: z.number() })),
  band: z.object({ star: z.number().int(), minPoints: z.number(), belowPoints: z.number().nullable() }).describe('the star band of the total alone'),
  star: z.number().int().describe('the star earned once the minimum-requirement markers are applied'),
  certified: z.boolean(),
  markersMissed: z.array(z.object({
    code: z.string(), title: LocalTextOutput, requiredStar: z.number().int(), required: OptionRefOutput, chosen: OptionRefOutput,
    binding: z.boolean().describe('true when this marker lowered the rating'),
  })),
  stoppedAt: z.array(z.object({ code: z.string(), title: LocalTextOutput, chosen: OptionRefOutput, reasons: z.array(z.string()) })),
  explanation: Explanation,
});
export type ClassificationView = z.infer<typeof ClassificationOutput>;

export const UpgradeOutput = z.object({
  targetStar: z.number().int().nullable(),
  reachable: z.boolean(),
  pointsGained: z.number(),
  steps: z.array(z.object({
    code: z.string(), title: LocalTextOutput, from: OptionRefOutput, to: OptionRefOutput, pointsGained: z.number(),
    meetsMarkerFor: z.number().int().nullable(), clearsStop: z.boolean(),
  })),
  current: ClassificationOutput,
  after: ClassificationOutput.describe('the product re-classified with the steps applied'),
  explanation: Explanation,
});
export type UpgradeView = z.infer<typeof UpgradeOutput>;

export function presentClassification(c: Classification): ClassificationView {
  const { providerCase, versionId, legalVersion, setNumber, setName, producerTypes, total, maxTotal, parts, band, star, certified, markersMissed, stoppedAt } = c;
  return {
    legalVersion, versionId, setNumber, setName, producerTypes: [...producerTypes], case: providerCase, total, maxTotal,
    parts: [...parts], band, star, certified, markersMissed: [...markersMissed],
    stoppedAt: stoppedAt.map((s) => ({ ...s, reasons: [...s.reasons] })),
    explanation: { vi: explainClassification(c, 'vi'), en: explainClassification(c, 'en') },
  };
}

export function presentUpgradePlan(plan: UpgradePlan): UpgradeView {
  return {
    targetStar: plan.targetStar, reachable: plan.reachable, pointsGained: plan.pointsGained, steps: [...plan.steps],
    current: presentClassification(plan.current), after: presentClassification(plan.after),
    explanation: { vi: explainUpgradePlan(plan, 'vi'), en: explainUpgradePlan(plan, 'en') },
  };
}

export const SheetSummaryOutput = z.object({
  legalVersion: z.string(), versionId: z.string(), inForce: z.boolean(), setNumber: z.number().int(), name: LocalTextOutput,
});

export const SheetDetailOutput = z.object({
  legalVersion: z.string(),
  versionId: z.string(),
  effectiveFrom: z.string(),
  replacedOn: z.string().nullable(),
  starBands: ScoreSheetVersionSchema.shape.starBands,
  certification: ScoreSheetVersionSchema.shape.certification,
  producerTypes: z.array(z.object({ code: z.enum(PRODUCER_TYPES), label: LocalTextOutput })),
  sheet: ScoreSheetSchema,
});
