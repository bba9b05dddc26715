import { z } from 'zod';
import { BATCH_STATUSES, STAMP_TYPES } from '../../db/schema-stamps.js';
import { isProvinceId } from '../scans/provinces.js';
import { stampPolicy } from './stamp-policy.js';

export const StampTypeInput = z.enum(STAMP_TYPES).describe('qr_label: QR label; qr_pin: QR with a scratch-off PIN; leg_ring: livestock leg ring');

export const RequestBatchInput = z.object({
  productId: z.int().positive(),
  quantity: z.int().min(1).max(stampPolicy().maxQuantity),
  type: StampTypeInput,
  lotId: z.int().positive().nullable().optional().describe('bind every code to this lot when issued (activates them)'),
  expectedProvinces: z.array(z.string().refine(isProvinceId, 'not a province id (see docs/stamps-workflow.md)')).max(34).optional()
    .describe('provinces the batch is sold in; scans elsewhere raise a low "outside market" signal'),
});
export type RequestBatchInput = z.infer<typeof RequestBatchInput>;

export const RejectBatchInput = z.object({ reason: z.string().trim().min(3).max(1000) });

export const BatchListQuery = z.object({
  productId: z.coerce.number().int().positive().optional(),
  status: z.enum(BATCH_STATUSES).optional(),
});
export type BatchListQuery = z.infer<typeof BatchListQuery>;
