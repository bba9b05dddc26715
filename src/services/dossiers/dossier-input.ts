import { z } from 'zod';
import { COMMUNE_ASSESSMENT_ITEMS, DOSSIER_KINDS, DOSSIER_STATES } from '../../domain/evaluation/types.js';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';
import { dossierWorkflows } from '../../rules/evaluation/index.js';
import { PageQuery } from '../paging.js';

// What callers send about dossiers: opening one, the self-assessment, evidence uploads and the
// bodies of the workflow steps that carry more than a reason.

const Id = z.number().int().positive().max(2_147_483_647);
const QueryId = z.coerce.number().int().positive().max(2_147_483_647);
const CriterionCode = z.string().regex(/^[A-Z](\.\d+)+$/, 'a criterion code like A.1.2');

/** Every evidence type any workflow version knows (a version checks its own list). */
export const EVIDENCE_TYPE_CODES = [...new Set(dossierWorkflows().flatMap((w) => w.evidenceTypes.map((t) => t.code)))];
const EvidenceTypeCode = z.string().refine((s) => EVIDENCE_TYPE_CODES.includes(s), `one of ${EVIDENCE_TYPE_CODES.join(', ')}`);

export const CreateDossierInput = z.object({
  productId: Id,
  kind: z.enum(DOSSIER_KINDS).describe('first_evaluation, re_evaluation (certificate expiring or expired) or upgrade (a higher star)'),
  legalVersion: z.string().min(1).max(40).optional().describe('criteria to be scored on; default: the version in force today'),
  roundId: Id.nullable().optional(),
}).strict();
export type CreateDossierInput = z.infer<typeof CreateDossierInput>;

export const SelfAssessmentInput = z.object({
  answers: z.record(CriterionCode, z.number().int().min(0).max(99)).refine((a) => Object.keys(a).length <= 200, 'at most 200 answers')
    .describe('leaf criterion code → 0-based position of the chosen option (GET /scoring/sheets/{version}/{set})'),
  producerType: z.enum(PRODUCER_TYPE_INPUTS).optional(),
  case: z.union([z.literal(1), z.literal(2)]).optional().describe('tourism sheets only'),
}).strict();
export type SelfAssessmentInput = z.infer<typeof SelfAssessmentInput>;

export const GapQuery = z.object({ targetStar: z.coerce.number().int().min(2).max(5).optional() });

export const EvidenceQuery = z.object({
  type: EvidenceTypeCode.describe('evidence type (dossier-workflow.json evidenceTypes)'),
  validUntil: z.iso.date().optional().describe("the document's own expiry, when it has one (a food-safety certificate, a trademark)"),
});

export const DossierListQuery = PageQuery.extend({
  state: z.enum(DOSSIER_STATES).optional(),
  kind: z.enum(DOSSIER_KINDS).optional(),
  producerId: QueryId.optional(),
  productId: QueryId.optional(),
  councilId: QueryId.optional(),
});

const Finding = z.object({ satisfied: z.boolean(), note: z.string().trim().max(1000).optional() }).strict();
export const CommuneAssessmentInput = z.object(Object.fromEntries(COMMUNE_ASSESSMENT_ITEMS.map((i) => [i, Finding])))
  .describe('Mẫu 03: local_raw_materials, local_labour, idea_origin, local_identity');

export const Reason = z.string().trim().min(1).max(2000);
export const NoteInput = z.object({ reason: Reason.optional().describe('an optional note kept in the history') }).strict();
export const RequiredReasonInput = z.object({ reason: z.string().trim().min(3, 'give the reason (at least 3 characters)').max(2000) }).strict();
export const ReturnInput = z.object({
  reason: Reason.optional().describe('required unless the saved commune assessment names the contents not satisfied'),
  assessment: CommuneAssessmentInput.optional(),
}).strict();
export const PassCommuneInput = z.object({ assessment: CommuneAssessmentInput, reason: Reason.optional() }).strict();
export const RequestEvidenceInput = z.object({
  reason: z.string().trim().min(3).max(2000).describe('what is missing and why'),
  types: z.array(EvidenceTypeCode).max(20).default([]).describe('evidence types to add or replace'),
}).strict();
export const SendToCouncilInput = z.object({ councilId: Id, reason: Reason.optional() }).strict();
