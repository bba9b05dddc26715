import type { Generated } from 'kysely';

// Tables of the smart e-stamps (migration 0005-stamps): batches requested and issued, the codes
// themselves, production lots they are bound to, the scan log and counterfeit alerts.
//
// A batch's codes become visible to verification in one statement: the batch row's status flips
// from 'issuing' to 'issued'. Verification only ever reads stamps through an issued batch, so
// however many chunks the issuing job has written, nothing of a half-issued batch can be seen.

export const STAMP_TYPES = ['qr_label', 'qr_pin', 'leg_ring'] as const;
export type StampType = (typeof STAMP_TYPES)[number];

export const BATCH_STATUSES = ['requested', 'issuing', 'issued', 'rejected'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** 'issued': printed or printable, not bound to a lot yet; 'active': bound (activated); 'voided'. */
export const STAMP_STATUSES = ['issued', 'active', 'voided'] as const;
export type StampStatus = (typeof STAMP_STATUSES)[number];

export const VOID_REASONS = ['damaged', 'lost', 'stolen', 'misprinted', 'other'] as const;
export type VoidReason = (typeof VOID_REASONS)[number];

export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export type StampBatchTable = {
  id: Generated<number>;
  product_id: number;
  producer_id: number;
  /** Lot every code is bound to at issue, when the request names one. */
  lot_id: number | null;
  type: StampType;
  quantity: number;
  status: BatchStatus;
  /** Codes written so far by the issuing job (progress; equals quantity once issued). */
  written: number;
  reason: string | null;
  /** JSON array of province codes the batch is sold in (empty = anywhere). */
  expected_provinces: string | null;
  /** qr_pin only: the per-batch PIN seed, AES-GCM encrypted, erased when the PINs are released. */
  pin_seed: string | null;
  pins_released_at: string | null;
  requested_by: number | null;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
  issued_at: string | null;
  updated_at: string;
};

export type StampTable = {
  id: Generated<number>;
  serial: string;
  batch_id: number;
  /** 0-based position within the batch: the print order, and how ranges are bound or voided. */
  position: number;
  status: StampStatus;
  lot_id: number | null;
  activated_at: string | null;
  voided_at: string | null;
  void_reason: VoidReason | null;
  void_note: string | null;
  pin_key_id: string | null;
  pin_hash: string | null;
  pin_failures: Generated<number>;
  first_authenticated_at: string | null;
  first_auth_province: string | null;
  scan_count: Generated<number>;
  first_scan_at: string | null;
  first_scan_province: string | null;
};

export type LotTable = {
  id: Generated<number>;
  product_id: number;
  producer_id: number;
  code: string;
  production_date: string;
  expiry_date: string | null;
  quantity: number | null;
  raw_material_area: string | null;
  /** JSON array of {kind, number, issuer} */
  quality_certificates: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

export type ScanOutcome = 'viewed' | 'pin-correct' | 'pin-wrong';
export type ScanResult = 'found' | 'unknown' | 'voided';
export type ClientClass = 'mobile' | 'desktop';

export type ScanTable = {
  id: Generated<number>;
  at: string;
  stamp_id: number | null;
  serial: string;
  result: ScanResult;
  outcome: ScanOutcome;
  province: string | null;
  client_class: ClientClass;
};

export type AlertTable = {
  id: Generated<number>;
  kind: string;
  severity: string;
  stamp_id: number | null;
  producer_id: number | null;
  /** Pseudonymous client (keyed hash of the address) for serial-probing alerts. */
  client_key: string | null;
  explanation_vi: string;
  explanation_en: string;
  facts: string;
  rules_version: string;
  count: number;
  first_seen: string;
  last_seen: string;
  status: AlertStatus;
  note: string | null;
  acknowledged_by: number | null;
  acknowledged_at: string | null;
  closed_by: number | null;
  closed_at: string | null;
};

export type StampTables = {
  stamp_batch: StampBatchTable;
  stamp: StampTable;
  lot: LotTable;
  scan: ScanTable;
  alert: AlertTable;
};
