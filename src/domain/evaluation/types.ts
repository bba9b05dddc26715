import type { Role } from '../roles.js';
import type { LocalText, Star } from '../scoring/types.js';

// Vocabulary shared by the evaluation and certification rules. The lists are closed (code
// switches over them exhaustively); everything an official may change — which role may take
// which step, spreads, periods, windows — lives in src/rules/evaluation/*.json.

export type { LocalText, Role, Star };
/** Both languages are required for text the platform itself shows (errors, labels). */
export type Text = { readonly vi: string; readonly en: string };

export const DOSSIER_STATES = [
  'draft', 'submitted', 'commune_review', 'advisory_review', 'evidence_requested',
  'council_scoring', 'scored', 'decided', 'withdrawn', 'rejected',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_ACTIONS = [
  'submit', 'accept_for_review', 'return_to_producer', 'pass_commune_review', 'request_evidence',
  'provide_evidence', 'send_to_council', 'close_scoring', 'record_decision', 'withdraw', 'reject',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Mẫu 01 lets a producer register a first evaluation, an upgrade or a re-evaluation. */
export const DOSSIER_KINDS = ['first_evaluation', 're_evaluation', 'upgrade'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const COUNCIL_ROLES = ['chair', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** Conditions a step needs that other pure functions decide (e.g. the council may close). */
export const DOSSIER_FACTS = ['commune_assessment_passed', 'council_closable', 'decision_recorded'] as const;
export type DossierFact = (typeof DOSSIER_FACTS)[number];

/** Whose move it is while a dossier sits in a state: drives the clock. */
export const WAITING_ON = ['producer', 'officials', 'nobody'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

/** The four contents the commune assesses on Mẫu 03 (26/2026 Điều 7). */
export const COMMUNE_ASSESSMENT_ITEMS = ['local_raw_materials', 'local_labour', 'idea_origin', 'local_identity'] as const;
export type CommuneAssessmentItem = (typeof COMMUNE_ASSESSMENT_ITEMS)[number];

/** Grounds for revoking a certificate (26/2026 Điều 8, grouped as the platform records them). */
export const REVOCATION_REASONS = ['failed_post_audit', 'not_reevaluated', 'misuse', 'other'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** Who signs a decision at each level. */
export const AUTHORITIES = ['district_chairman', 'provincial_chairman', 'minister', 'provincial_ocop_agency'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** A versioned rule set is in force from effectiveFrom (inclusive) until replacedOn (exclusive). */
export type Versioned = { readonly id: string; readonly effectiveFrom: string; readonly replacedOn: string | null };

/** The version in force on a date, or undefined before the first one. */
export function versionInForce<V extends Versioned>(versions: readonly V[], date: string): V | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (v.replacedOn === null || date < v.replacedOn));
}

export function findById<V extends Versioned>(versions: readonly V[], id: string): V | undefined {
  return versions.find((v) => v.id === id);
}
