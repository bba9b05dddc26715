import { z } from 'zod';
import { EVENT_SOURCES } from '../../db/schema-epcis.js';
import { QUANTITY_UNITS } from '../../domain/epcis/journey.js';
import { JOURNEY_STEP_KEYS } from './journey-catalogue.js';

// What the portal's journey form sends and what the journey API answers (zod: validation and
// OpenAPI). The producer picks a step, a time, a place, optionally a note and a quantity; a
// slaughter or packing step may list which leg rings went into which package stamp.

const Text = z.object({ vi: z.string(), en: z.string() });
const Serial = z.string().trim().min(1).max(40);

export const JourneyPlaceInput = z.object({
  salesPointId: z.int().positive().optional().describe("one of the producer's sales points (GET …/journey lists them)"),
  name: z.string().trim().min(1).max(200).optional().describe('or a place in words (farm, slaughterhouse, …)'),
}).refine((p) => (p.salesPointId === undefined) !== (p.name === undefined), { message: 'give either salesPointId or name' });

export const RecordJourneyInput = z.object({
  step: z.enum(JOURNEY_STEP_KEYS),
  at: z.iso.datetime({ offset: true }).describe('when it happened (ISO date-time with offset, e.g. 2026-11-20T07:30:00+07:00)'),
  place: JourneyPlaceInput.nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
  quantity: z.object({ value: z.number().positive().max(1_000_000_000), unit: z.enum(QUANTITY_UNITS) }).nullable().optional(),
  links: z.array(z.object({
    packageSerial: Serial.describe('the package stamp (bound to this lot)'),
    ringSerials: z.array(Serial).min(1).max(50).describe('leg ring serials of the bird(s) in it'),
  })).max(500).optional().describe('slaughter and packing only: which leg rings went into which package'),
});
export type RecordJourneyInput = z.infer<typeof RecordJourneyInput>;

export const JourneyEventOutput = z.object({
  eventId: z.string(),
  eventType: z.string(),
  at: z.string(),
  step: z.string().nullable().describe('journey step key, when the event is one of the catalogue steps'),
  bizStep: z.string().nullable(),
  label: Text,
  place: z.string().nullable(),
  note: z.string().nullable(),
  quantity: z.number().nullable(),
  uom: z.string().nullable(),
  source: z.enum(EVENT_SOURCES),
  packageSerial: z.string().nullable(),
  ringSerials: z.array(z.string()),
});
export type JourneyEventView = z.infer<typeof JourneyEventOutput>;

export const JourneyOutput = z.object({
  lotId: z.int(),
  items: z.array(JourneyEventOutput),
  places: z.array(z.object({ id: z.int(), name: z.string(), address: z.string().nullable() })),
  steps: z.array(z.object({ key: z.string(), bizStep: z.string(), label: Text, links: z.boolean() })),
});
export type JourneyView = z.infer<typeof JourneyOutput>;

export const RecordJourneyOutput = z.object({ stored: z.int(), items: z.array(JourneyEventOutput) });
