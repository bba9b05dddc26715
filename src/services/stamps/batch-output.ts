import { z } from 'zod';
import type { BatchRow } from '../../db/repositories/stamp-batches.js';
import { BATCH_STATUSES, STAMP_TYPES } from '../../db/schema-stamps.js';

export const BatchOutput = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  producerId: z.number().int(),
  lotId: z.number().int().nullable(),
  type: z.enum(STAMP_TYPES),
  quantity: z.number().int(),
  status: z.enum(BATCH_STATUSES).describe('requested → issuing → issued, or rejected; codes are verifiable only once issued'),
  reason: z.string().nullable().describe('why the batch was rejected'),
  progress: z.object({ written: z.number().int(), quantity: z.number().int(), fraction: z.number() }).describe('codes written by the issuing job'),
  expectedProvinces: z.array(z.string()),
  pinsAvailable: z.boolean().describe('qr_pin: the PIN file can still be downloaded (once, by the requester)'),
  pinsReleasedAt: z.string().nullable(),
  requestedBy: z.number().int().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  issuedAt: z.string().nullable(),
});
export type BatchView = z.infer<typeof BatchOutput>;

export function parseProvinces(json: string | null): string[] {
  if (json === null) return [];
  const raw: unknown = JSON.parse(json);
  return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string') : [];
}

export function presentBatch(b: BatchRow): BatchView {
  return {
    id: b.id, productId: b.product_id, producerId: b.producer_id, lotId: b.lot_id, type: b.type, quantity: b.quantity, status: b.status, reason: b.reason,
    progress: { written: b.written, quantity: b.quantity, fraction: b.quantity === 0 ? 1 : Math.round((b.written / b.quantity) * 10_000) / 10_000 },
    expectedProvinces: parseProvinces(b.expected_provinces),
    pinsAvailable: b.type === 'qr_pin' && b.status === 'issued' && b.pin_seed !== null,
    pinsReleasedAt: b.pins_released_at, requestedBy: b.requested_by, requestedAt: b.requested_at, decidedAt: b.decided_at, issuedAt: b.issued_at,
  };
}
