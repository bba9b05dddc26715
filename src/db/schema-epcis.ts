import type { Generated } from 'kysely';
import type { EpcRole } from '../domain/epcis/event-record.js';

export { EPC_ROLES, type EpcRole } from '../domain/epcis/event-record.js';

// Tables of the EPCIS 2.0 repository (migration 0006-epcis): the events themselves, an index of
// the identifiers each event names (what MATCH_epc / MATCH_anyEPC / MATCH_epcClass and the
// quantity filters search), and the capture jobs of POST /epcis/capture.
//
// An event row is written once (only a later error declaration is added to its JSON): its event_id
// (the document's eventID, or the CBV 2.0 event hash when the document gives none) is unique, which
// is what makes capture idempotent. Identifiers in epcis_event_epc are canonical GS1 Digital Link URIs on id.gs1.org
// (see src/domain/epcis/identifiers.ts), or the URI as given when it is not a GS1 identifier.

export const EVENT_SOURCES = ['capture', 'platform'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export const CAPTURE_STATUSES = ['running', 'success', 'error'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

export const CAPTURE_ERROR_BEHAVIOURS = ['rollback', 'proceed'] as const;
export type CaptureErrorBehaviour = (typeof CAPTURE_ERROR_BEHAVIOURS)[number];

export type EpcisEventTable = {
  id: Generated<number>;
  /** The document's eventID, or `ni:///sha-256;…?ver=CBV2.0` computed from the event. Unique. */
  event_id: string;
  /** ObjectEvent, AggregationEvent, TransformationEvent, AssociationEvent, TransactionEvent (or an extension type). */
  event_type: string;
  /** UTC ISO instant. */
  event_time: string;
  /** As given, e.g. "+07:00". */
  event_time_zone_offset: string;
  /** When this repository stored the event (UTC ISO instant). */
  record_time: string;
  action: string | null;
  /** Bare CBV word for standard values ("shipping"), otherwise the URI as given. */
  biz_step: string | null;
  disposition: string | null;
  /** Canonical identifier URI (a GLN's Digital Link), or the URI as given. */
  read_point: string | null;
  biz_location: string | null;
  /** The full event as JSON-LD text, with eventID and recordTime filled in. */
  event_json: string;
  source: EventSource;
  /** Producer that owns the event (a producer member's capture, or a platform event about its goods). */
  producer_id: number | null;
  capture_job_id: number | null;
  /** Platform events (part 2): the stamp batch or lot the event is about. */
  stamp_batch_id: number | null;
  lot_id: number | null;
};

export type EpcisEventEpcTable = {
  id: Generated<number>;
  event_row_id: number;
  epc: string;
  role: EpcRole;
  quantity: number | null;
  uom: string | null;
};

export type EpcisCaptureJobTable = {
  id: Generated<number>;
  status: CaptureStatus;
  error_behaviour: CaptureErrorBehaviour;
  /** JSON array of {path, message} problems found while capturing. */
  errors: string;
  event_count: number;
  stored_count: number;
  duplicate_count: number;
  created_by: number | null;
  /** Producer the captured events were assigned to (a producer member's capture). */
  producer_id: number | null;
  created_at: string;
  finished_at: string | null;
};

export type EpcisTables = {
  epcis_event: EpcisEventTable;
  epcis_event_epc: EpcisEventEpcTable;
  epcis_capture_job: EpcisCaptureJobTable;
};
