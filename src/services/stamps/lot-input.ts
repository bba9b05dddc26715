import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../../domain/registry-kinds.js';
import { aiSpec, aiValueProblem } from '../../domain/stamps/gs1-ai.js';
import { VOID_REASONS } from '../../db/schema-stamps.js';
import { stampPolicy } from './stamp-policy.js';

const DateString = z.iso.date();
const LOT_AI = aiSpec('10');

/** A lot code is printed as GS1 AI (10): 1–20 characters of the GS1 "CSET 82" set. */
export const LotCodeInput = z.string().trim().min(1).max(20).superRefine((code, ctx) => {
  const problem = LOT_AI === undefined ? undefined : aiValueProblem(LOT_AI, code);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `not a GS1 lot code (AI 10): ${problem.message}` });
});

export const CreateLotInput = z.object({
  productId: z.int().positive(),
  code: LotCodeInput,
  productionDate: DateString,
  expiryDate: DateString.nullable().optional(),
  quantity: z.int().min(1).max(100_000_000).nullable().optional().describe('units produced in the lot'),
  rawMaterialArea: z.string().trim().max(300).nullable().optional().describe('where the raw material comes from (vùng nguyên liệu)'),
  qualityCertificates: z.array(z.object({
    kind: z.enum(CERTIFICATE_KINDS), number: z.string().trim().max(100).nullable().optional(), issuer: z.string().trim().max(200).nullable().optional(),
  })).max(20).optional(),
}).superRefine((l, ctx) => {
  if (l.expiryDate != null && l.expiryDate < l.productionDate) ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'before the production date' });
});
export type CreateLotInput = z.infer<typeof CreateLotInput>;

/**
 * Which codes: a range of label numbers within one batch (1-based, inclusive, in print order),
 * a range between two serials of one batch, or a list of serials.
 */
export const StampSelectionInput = z.object({
  batchId: z.int().positive().optional(),
  fromPosition: z.int().min(1).optional().describe('first label number in the batch, 1-based'),
  toPosition: z.int().min(1).optional().describe('last label number in the batch, inclusive'),
  fromSerial: z.string().max(40).optional(),
  toSerial: z.string().max(40).optional(),
  serials: z.array(z.string().max(40)).min(1).max(stampPolicy().maxListedSerials).optional(),
}).superRefine((s, ctx) => {
  const forms = [s.batchId !== undefined || s.fromPosition !== undefined || s.toPosition !== undefined, s.fromSerial !== undefined || s.toSerial !== undefined, s.serials !== undefined];
  if (forms.filter(Boolean).length !== 1) {
    ctx.addIssue({ code: 'custom', message: 'give exactly one of: batchId + fromPosition + toPosition; fromSerial + toSerial; serials' });
    return;
  }
  if (forms[0] && (s.batchId === undefined || s.fromPosition === undefined || s.toPosition === undefined)) ctx.addIssue({ code: 'custom', path: ['toPosition'], message: 'a position range needs batchId, fromPosition and toPosition' });
  if (forms[0] && s.fromPosition !== undefined && s.toPosition !== undefined && s.toPosition < s.fromPosition) ctx.addIssue({ code: 'custom', path: ['toPosition'], message: 'before fromPosition' });
  if (forms[1] && (s.fromSerial === undefined || s.toSerial === undefined)) ctx.addIssue({ code: 'custom', path: ['toSerial'], message: 'a serial range needs fromSerial and toSerial' });
});
export type StampSelectionInput = z.infer<typeof StampSelectionInput>;

export const VoidStampsInput = z.object({
  selection: StampSelectionInput,
  reason: z.enum(VOID_REASONS),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type VoidStampsInput = z.infer<typeof VoidStampsInput>;

export const LotListQuery = z.object({ productId: z.coerce.number().int().positive().optional() });
