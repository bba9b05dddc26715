import { z } from 'zod';
import { STAMP_STATUSES, STAMP_TYPES } from '../../db/schema-stamps.js';
import { SEVERITIES, SIGNAL_KINDS } from '../../domain/stamps/signals.js';
import { VERDICTS } from '../../domain/stamps/verdict.js';

// What a buyer's phone (or an app) learns about one scanned code. The HTML verify page and
// GET /api/v1/public/verify/{serial} show the same facts.

const Text = z.object({ vi: z.string(), en: z.string() });
const Place = z.object({ id: z.string(), name: Text }).nullable();

export const VerifyOutput = z.object({
  serial: z.string(),
  verdict: z.enum(VERDICTS),
  tone: z.enum(['ok', 'caution', 'danger']),
  headline: Text,
  warnings: z.array(z.object({ kind: z.enum(SIGNAL_KINDS), severity: z.enum(SEVERITIES), explanation: Text })),
  stamp: z.object({
    type: z.enum(STAMP_TYPES),
    status: z.enum(STAMP_STATUSES).describe('issued (not yet bound to a lot), active or voided'),
    activatedAt: z.string().nullable(),
    voidedAt: z.string().nullable(),
    voidReason: z.string().nullable(),
    pinRequired: z.boolean().describe('a scratch-off PIN stamp whose PIN has not been used yet'),
    pinLocked: z.boolean(),
    firstAuthenticatedAt: z.string().nullable(),
    firstAuthenticatedIn: Place,
  }).nullable(),
  product: z.object({ id: z.number().int(), name: z.string(), nameEn: z.string().nullable(), star: z.number().int().nullable(), gtin: z.string().nullable(), imageUrl: z.string().nullable() }).nullable(),
  producer: z.object({ name: z.string(), commune: z.string().nullable() }).nullable(),
  certificate: z.object({ state: z.enum(['valid', 'expired', 'revoked', 'none']), number: z.string().nullable(), issuedOn: z.string().nullable(), expiresOn: z.string().nullable(), url: z.string().nullable() }).nullable(),
  lot: z.object({ code: z.string(), productionDate: z.string().nullable(), expiryDate: z.string().nullable() }).nullable(),
  scans: z.object({ count: z.number().int(), firstAt: z.string().nullable(), firstIn: Place }),
  timeline: z.array(z.object({
    at: z.string(),
    event: z.enum(['issued', 'activated', 'first-authentication', 'voided', 'journey']).describe('journey: an EPCIS event about the item, its lot or (for a package) the leg rings of the animal in it'),
    label: Text.optional().describe('journey steps: what happened, in words'),
    place: z.string().nullable().optional(),
  })),
});
export type VerifyView = z.infer<typeof VerifyOutput>;

export const PIN_RESULTS = ['first-authentication', 'already-authenticated', 'wrong-pin', 'locked', 'not-a-pin-stamp', 'voided', 'unknown-code'] as const;
export type PinResult = (typeof PIN_RESULTS)[number];

export const PinOutput = z.object({
  result: z.enum(PIN_RESULTS),
  attemptsLeft: z.number().int().nullable().describe('wrong PINs still allowed before the stamp locks'),
  firstAuthenticatedAt: z.string().nullable(),
  firstAuthenticatedIn: Place,
  verification: VerifyOutput,
});
export type PinView = z.infer<typeof PinOutput>;

export const PinInput = z.object({
  pin: z.string().max(20),
  province: z.string().max(40).optional().describe('where the buyer is, if they chose to say (province id)'),
});
