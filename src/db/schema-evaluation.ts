import type { Generated } from 'kysely';
import type { Authority, CouncilRole, DossierKind, DossierState, RevocationReason } from '../domain/evaluation/types.js';
import type { ProductStatus } from '../domain/product-status.js';
import type { TransitionTable } from './schema-cycle.js';

// Tables of evaluation and certification (migration 0004-evaluation): councils and their seats,
// dossiers with their history, evidence and the council's scores, decisions, certificates with
// their per-year number sequence and the reminders already sent. JSON columns are text; exact
// means are double precision (REAL on SQLite).

/** One council session (hội đồng đánh giá, phân hạng) and the rules version it sits under. */
export type CouncilTable = {
  id: Generated<number>;
  name: string;
  round_id: number | null;
  session_date: string;
  /** council.json version in force on the session date. */
  rules_version: string;
  notes: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

/** A seat: the user, their council role, and whether the minutes record them present. */
export type CouncilSeatTable = {
  council_id: number;
  user_id: number;
  role: CouncilRole;
  present: number;
};

export type DossierResultKind = 'result_letter' | 'recognition' | 'national_candidate';
export type NationalStatus = 'pending' | 'recognised' | 'returned';

export type DossierTable = {
  id: Generated<number>;
  product_id: number;
  producer_id: number;
  round_id: number | null;
  kind: DossierKind;
  state: DossierState;
  /** dossier-workflow.json version the dossier follows. */
  workflow_version: string;
  /** Score-sheet version id (e.g. 26-2026) and the product set: together they pick the sheet. */
  score_version: string;
  set_number: number;
  producer_type: string | null;
  provider_case: number | null;
  /** certification.json version in force on the filing date; set at the first submission. */
  rules_version: string | null;
  previous_dossier_id: number | null;
  previous_certificate_id: number | null;
  /** The product's status before the dossier moved it, restored when the dossier ends without a certificate. */
  product_status_before: ProductStatus | null;
  /** Self-assessment answers (JSON: criterion code → option position) and their classification. */
  self_answers: string | null;
  self_total: number | null;
  self_star: number | null;
  /** The commune's Mẫu 03 findings (JSON). */
  commune_assessment: string | null;
  /** Evidence types the advisory group asked for (JSON array) and when. */
  requested_evidence: string | null;
  evidence_requested_at: string | null;
  council_id: number | null;
  /** Reason or note given with the latest step. */
  reason: string | null;
  result_kind: DossierResultKind | null;
  result_star: number | null;
  /** The exact mean (for the band) and the mean truncated for display. */
  result_total: number | null;
  result_display: number | null;
  result_part_means: string | null;
  close_override: string | null;
  closed_at: string | null;
  decision_id: number | null;
  national_status: NationalStatus | null;
  national_decision_id: number | null;
  certificate_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  filed_on: string | null;
  decided_at: string | null;
};

export type DossierTransitionTable = TransitionTable & { dossier_id: number };

/** An uploaded document; a reused one points at the original row and shares its stored file. */
export type DossierEvidenceTable = {
  id: Generated<number>;
  dossier_id: number;
  type: string;
  /** Random name of the stored file (never the client's file name). */
  file_key: string;
  mime: string;
  bytes: number;
  valid_until: string | null;
  reused_from_id: number | null;
  uploaded_by: number | null;
  uploaded_at: string;
};

/** One member's score sheet for a dossier; a re-score is a new row with a higher round. */
export type CouncilScoreTable = {
  id: Generated<number>;
  dossier_id: number;
  council_id: number;
  member_id: number;
  round: number;
  answers: string;
  producer_type: string | null;
  provider_case: number | null;
  total: number;
  parts: string;
  star: number;
  submitted_at: string;
};

export type DecisionKind = 'recognition' | 'result_letter' | 'national_forwarding' | 'national_recognition';

/** A decision (or result letter): one provincial decision often recognises many products. */
export type OcopDecisionTable = {
  id: Generated<number>;
  kind: DecisionKind;
  number: string;
  decided_on: string;
  authority: Authority;
  signer_name: string;
  /** JSON array of the signing lines, e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  signer_title: string;
  created_by: number | null;
  created_at: string;
};

/** A certificate with what it certified frozen at issue (names change; the certificate does not). */
export type CertificateTable = {
  id: Generated<number>;
  number: string;
  year: number;
  sequence: number;
  product_id: number;
  producer_id: number;
  dossier_id: number | null;
  decision_id: number;
  star: number;
  total_score: number;
  product_name: string;
  producer_name: string;
  producer_address: string | null;
  unit_id: string;
  /** As cited (e.g. "26/2026/QĐ-TTg") and the certification.json version id. */
  legal_version: string;
  rules_version: string;
  issued_on: string;
  expires_on: string;
  revoked_on: string | null;
  revocation_reason: RevocationReason | null;
  revocation_note: string | null;
  revoked_by: number | null;
  superseded_by: number | null;
  superseded_on: string | null;
  created_at: string;
  updated_at: string;
};

export type CertificateSequenceTable = { province: string; year: number; last_value: number };

/** Reminders already sent: the primary key makes a job run idempotent. */
export type CertificateReminderTable = { certificate_id: number; code: string; due_on: string; sent_at: string };

export type EvaluationTables = {
  council: CouncilTable;
  council_seat: CouncilSeatTable;
  dossier: DossierTable;
  dossier_transition: DossierTransitionTable;
  dossier_evidence: DossierEvidenceTable;
  council_score: CouncilScoreTable;
  ocop_decision: OcopDecisionTable;
  certificate: CertificateTable;
  certificate_sequence: CertificateSequenceTable;
  certificate_reminder: CertificateReminderTable;
};
