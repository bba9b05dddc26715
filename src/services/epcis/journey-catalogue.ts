import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { JourneyStep, StepCatalogue } from '../../domain/epcis/journey.js';

// The journey step catalogue (src/rules/epcis/journey-steps.json): which EPCIS event each portal
// step becomes, and the words the verify page uses for business steps. Checked by shape on first
// use; a bad hand edit stops with the offending path.

const Text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const Uri = z.string().regex(/^([a-z_]+|https:\/\/\S+)$/, 'a bare CBV word or an https URI');

const CatalogueFile = z.object({
  note: z.string(),
  namespace: z.url(),
  steps: z.array(z.object({
    key: z.string().regex(/^[a-z_]+$/), bizStep: Uri, eventType: z.literal('ObjectEvent'), action: z.enum(['OBSERVE', 'ADD']),
    disposition: z.string().min(1), links: z.boolean(), label: Text, timeline: Text,
  })).min(1),
  otherBizSteps: z.array(z.object({ bizStep: Uri, timeline: Text })),
  fallback: Text,
});

const FILE = new URL('../../rules/epcis/journey-steps.json', import.meta.url);
let cached: StepCatalogue | undefined;

export function parseStepCatalogue(raw: unknown): StepCatalogue {
  const parsed = CatalogueFile.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid journey-steps.json:\n${z.prettifyError(parsed.error)}`);
  const keys = parsed.data.steps.map((s) => s.key);
  if (new Set(keys).size !== keys.length) throw new Error('Invalid journey-steps.json: two steps share a key');
  const custom = parsed.data.steps.filter((s) => s.bizStep.startsWith('https://') && !s.bizStep.startsWith(parsed.data.namespace));
  if (custom.length > 0) throw new Error(`Invalid journey-steps.json: ${custom.map((s) => s.key).join(', ')} outside the namespace`);
  return parsed.data;
}

export function stepCatalogue(): StepCatalogue {
  cached ??= parseStepCatalogue(JSON.parse(readFileSync(FILE, 'utf8')));
  return cached;
}

export const JOURNEY_STEP_KEYS = ['planting', 'raising', 'vaccinating', 'harvesting', 'slaughtering', 'processing', 'packing', 'shipping', 'receiving'] as const;
export type JourneyStepKey = (typeof JOURNEY_STEP_KEYS)[number];

export function findStep(key: string): JourneyStep | undefined {
  return stepCatalogue().steps.find((s) => s.key === key);
}
