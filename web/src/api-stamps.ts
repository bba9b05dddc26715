// Response shapes of the smart stamps: batches, lots and counterfeit alerts.
// Mirrors src/services/{stamps,scans}; parsed, never trusted.
import * as z from 'zod/mini';

const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

export const STAMP_TYPES = ['qr_label', 'qr_pin', 'leg_ring'] as const;
export type StampType = (typeof STAMP_TYPES)[number];
export const BATCH_STATUSES = ['requested', 'issuing', 'issued', 'rejected'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const VOID_REASONS = ['damaged', 'lost', 'stolen', 'misprinted', 'other'] as const;
export type VoidReason = (typeof VOID_REASONS)[number];
/** Label stock the sheet endpoint knows (LabelsQuery in src/http/routes/stamps/schema.ts). */
export const LABEL_LAYOUTS = ['a4-3x8', 'a4-4x10', 'a4-5x13', 'roll-40x30'] as const;
export type LabelLayout = (typeof LABEL_LAYOUTS)[number];

export const Batch = z.object({
  id: z.number(),
  productId: z.number(),
  producerId: z.number(),
  lotId: z.nullable(z.number()),
  type: z.enum(STAMP_TYPES),
  quantity: z.number(),
  status: z.enum(BATCH_STATUSES),
  reason: z.nullable(z.string()),
  progress: z.object({ written: z.number(), quantity: z.number(), fraction: z.number() }),
  pinsAvailable: z.boolean(),
  pinsReleasedAt: z.nullable(z.string()),
  requestedAt: z.string(),
  decidedAt: z.nullable(z.string()),
  issuedAt: z.nullable(z.string()),
});
export type Batch = z.infer<typeof Batch>;
export const BatchPage = pageOf(Batch);

export const Lot = z.object({
  id: z.number(),
  productId: z.number(),
  producerId: z.number(),
  code: z.string(),
  productionDate: z.string(),
  expiryDate: z.nullable(z.string()),
  quantity: z.nullable(z.number()),
  rawMaterialArea: z.nullable(z.string()),
  boundStamps: z.number(),
  createdAt: z.string(),
});
export type Lot = z.infer<typeof Lot>;
export const LotPage = pageOf(Lot);

export const BindResult = z.object({ lotId: z.number(), selected: z.number(), bound: z.number(), skipped: z.number() });
export type BindResult = z.infer<typeof BindResult>;
export const VoidResult = z.object({ selected: z.number(), voided: z.number(), skipped: z.number() });
export type VoidResult = z.infer<typeof VoidResult>;

export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const SIGNAL_KINDS = ['repeated-scans', 'impossible-travel', 'outside-market', 'pin-reuse', 'serial-probing'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SEVERITIES = ['low', 'medium', 'high'] as const;

export const Alert = z.object({
  id: z.number(),
  kind: z.enum(SIGNAL_KINDS),
  severity: z.enum(SEVERITIES),
  stampId: z.nullable(z.number()),
  producerId: z.nullable(z.number()),
  explanation: z.object({ vi: z.string(), en: z.string() }),
  count: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  status: z.enum(ALERT_STATUSES),
  note: z.nullable(z.string()),
  acknowledgedAt: z.nullable(z.string()),
  closedAt: z.nullable(z.string()),
});
export type Alert = z.infer<typeof Alert>;
export const AlertPage = pageOf(Alert);
