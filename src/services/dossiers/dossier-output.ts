import { z } from 'zod';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import type { EvidenceRow } from '../../db/repositories/dossier-evidence.js';
import { waitingOn } from '../../domain/evaluation/dossier-states.js';
import { DOSSIER_ACTIONS, DOSSIER_KINDS, DOSSIER_STATES, WAITING_ON } from '../../domain/evaluation/types.js';
import { TransitionOutput } from '../ideas/history-output.js';
import { workflowOf } from './dossier-access.js';
import { sheetOf } from './dossier-sheet.js';

// The JSON shapes of dossiers. The council's result appears once scoring is closed; individual
// member scores are never part of a dossier (see GET /dossiers/{id}/scores for who sees them).

const Text = z.object({ vi: z.string(), en: z.string() });

export const DossierStateOutput = z.enum(DOSSIER_STATES);
export const DossierKindOutput = z.enum(DOSSIER_KINDS);

const ResultOutput = z.object({
  kind: z.enum(['result_letter', 'recognition', 'national_candidate']).describe('what follows the result (certification.json outcomes)'),
  star: z.number().int(),
  total: z.number().describe("the council's mean total, truncated to 2 decimals"),
  partMeans: z.record(z.string(), z.number()),
  closedAt: z.string(),
  overrideReason: z.string().nullable().describe("the chair's written reason when scoring was closed over a score spread"),
  nationalStatus: z.enum(['pending', 'recognised', 'returned']).nullable(),
  decisionId: z.number().int().nullable(),
  certificateId: z.number().int().nullable(),
});

export const DossierOutput = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  productName: z.string(),
  producerId: z.number().int(),
  producerName: z.string(),
  roundId: z.number().int().nullable(),
  kind: DossierKindOutput,
  state: DossierStateOutput,
  stateLabel: Text,
  waitingOn: z.enum(WAITING_ON),
  workflowVersion: z.string(),
  legalVersion: z.string().describe('the criteria the dossier is scored on, as cited'),
  scoreVersion: z.string(),
  setNumber: z.number().int(),
  rulesVersion: z.string().nullable().describe('certification rules in force on the filing date'),
  previousDossierId: z.number().int().nullable(),
  previousCertificateId: z.number().int().nullable(),
  councilId: z.number().int().nullable(),
  councilName: z.string().nullable(),
  reason: z.string().nullable().describe('reason or note given with the latest step'),
  selfAssessment: z.object({ total: z.number(), star: z.number().int() }).nullable(),
  result: ResultOutput.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  filedOn: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type DossierView = z.infer<typeof DossierOutput>;

export const EvidenceOutput = z.object({
  id: z.number().int(),
  type: z.string(),
  typeLabel: Text,
  mime: z.string(),
  bytes: z.number().int(),
  validUntil: z.string().nullable(),
  reusedFromId: z.number().int().nullable().describe('set when carried over from the previous dossier'),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
  url: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceOutput>;

const Gap = z.object({ type: z.string(), label: Text, reason: z.enum(['missing', 'not_reusable', 'expired']) });

export const DossierDetailOutput = DossierOutput.extend({
  history: z.array(TransitionOutput),
  actions: z.array(z.enum(DOSSIER_ACTIONS)).describe('steps the caller may take now (conditions aside)'),
  clock: z.object({ startedAt: z.string().nullable(), producerDays: z.number(), officialsDays: z.number(), nowWaitingOn: z.enum(WAITING_ON) }),
  selfAnswers: z.object({ answers: z.record(z.string(), z.number().int()), producerType: z.string().nullable(), case: z.number().int().nullable() }).nullable(),
  communeAssessment: z.record(z.string(), z.object({ satisfied: z.boolean(), note: z.string().optional() })).nullable(),
  requestedEvidence: z.object({ types: z.array(z.string()), at: z.string().nullable() }).nullable(),
  evidence: z.array(EvidenceOutput),
  evidenceNeeds: z.object({ stillNeeded: z.array(Gap), toRefresh: z.array(Gap), reused: z.array(z.object({ type: z.string(), itemId: z.string() })), complete: z.boolean() }),
});
export type DossierDetailView = z.infer<typeof DossierDetailOutput>;

function parseRecord(json: string | null): Record<string, number> {
  if (json === null) return {};
  const v: unknown = JSON.parse(json);
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (typeof x === 'number' ? [[k, x]] : [])));
}

function presentResult(r: DossierRow): DossierView['result'] {
  if (r.closed_at === null || r.result_kind === null || r.result_star === null || r.result_display === null) return null;
  return {
    kind: r.result_kind, star: r.result_star, total: r.result_display, partMeans: parseRecord(r.result_part_means), closedAt: r.closed_at,
    overrideReason: r.close_override, nationalStatus: r.national_status, decisionId: r.decision_id, certificateId: r.certificate_id,
  };
}

export function presentDossier(r: DossierRow): DossierView {
  const w = workflowOf(r);
  const label = w.states.find((s) => s.code === r.state)?.label ?? { vi: r.state, en: r.state };
  return {
    id: r.id, productId: r.product_id, productName: r.product_name, producerId: r.producer_id, producerName: r.producer_name, roundId: r.round_id,
    kind: r.kind, state: r.state, stateLabel: label, waitingOn: waitingOn(w, r.state), workflowVersion: r.workflow_version,
    legalVersion: sheetOf(r).version.legalVersion, scoreVersion: r.score_version, setNumber: r.set_number, rulesVersion: r.rules_version,
    previousDossierId: r.previous_dossier_id, previousCertificateId: r.previous_certificate_id, councilId: r.council_id, councilName: r.council_name,
    reason: r.reason, selfAssessment: r.self_total === null || r.self_star === null ? null : { total: r.self_total, star: r.self_star },
    result: presentResult(r), createdAt: r.created_at, updatedAt: r.updated_at, submittedAt: r.submitted_at, filedOn: r.filed_on, decidedAt: r.decided_at,
  };
}

export function presentEvidence(e: EvidenceRow, row: Pick<DossierRow, 'id' | 'workflow_version'>): EvidenceView {
  const label = workflowOf(row).evidenceTypes.find((t) => t.code === e.type)?.label ?? { vi: e.type, en: e.type };
  return {
    id: e.id, type: e.type, typeLabel: label, mime: e.mime, bytes: e.bytes, validUntil: e.valid_until, reusedFromId: e.reused_from_id,
    uploadedBy: e.uploaded_by_username, uploadedAt: e.uploaded_at, url: `/api/v1/dossiers/${row.id}/evidence/${e.id}`,
  };
}
