// Response shapes of the evaluation: score sheets, dossiers, council scores and certificates.
// Mirrors src/services/{scoring,dossiers,councils,certificates}; parsed, never trusted.
import * as z from 'zod/mini';
import { Transition } from './api-cycle.js';

const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** Text the platform itself writes carries both languages; sheet texts may lack English. */
const Text = z.object({ vi: z.string(), en: z.string() });
const SheetText = z.object({ vi: z.string(), en: z.optional(z.string()) });
export type SheetText = z.infer<typeof SheetText>;

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
export const DOSSIER_KINDS = ['first_evaluation', 're_evaluation', 'upgrade'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];
/** The four contents of the commune's pre-assessment (Mẫu 03). */
export const COMMUNE_ITEMS = ['local_raw_materials', 'local_labour', 'idea_origin', 'local_identity'] as const;
export type CommuneItem = (typeof COMMUNE_ITEMS)[number];
/**
 * Evidence types of the dossier workflow (src/rules/evaluation/dossier-workflow.json). The API
 * lists only the ones a dossier still needs, so the optional ones are named here for the upload.
 */
export const EVIDENCE_TYPES = [
  'registration_form', 'self_assessment', 'change_report', 'samples_receipt', 'lab_test_report', 'business_registration',
  'food_safety_certificate', 'quality_declaration', 'label_and_packaging', 'product_story', 'raw_material_evidence',
  'intellectual_property', 'environment_file',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

// ---- score sheets (GET /scoring/sheets/{version}/{set}) ----

const ScoreOption = z.object({
  position: z.number(),
  label: SheetText,
  points: z.number(),
  minStar: z.optional(z.number()),
  appliesTo: z.optional(z.object({ producerTypes: z.optional(z.array(z.string())), case: z.optional(z.number()) })),
  stopsEvaluation: z.optional(z.boolean()),
});
export type ScoreOption = z.infer<typeof ScoreOption>;
const Criterion = z.object({
  code: z.string(),
  title: SheetText,
  maxPoints: z.number(),
  notes: z.optional(z.array(z.string())),
  options: z.array(ScoreOption),
});
export type Criterion = z.infer<typeof Criterion>;
const Node = z.object({ code: z.string(), title: SheetText, maxPoints: z.number() });
export type SheetNode = z.infer<typeof Node>;
export const StarBand = z.object({ star: z.number(), minPoints: z.number() });
export type StarBand = z.infer<typeof StarBand>;

export const SheetDetail = z.object({
  legalVersion: z.string(),
  versionId: z.string(),
  starBands: z.array(StarBand),
  producerTypes: z.array(z.object({ code: z.string(), label: SheetText })),
  sheet: z.object({ setNumber: z.number(), name: SheetText, parts: z.array(Node), groups: z.array(Node), criteria: z.array(Criterion) }),
});
export type SheetDetail = z.infer<typeof SheetDetail>;

const OptionRef = z.object({ position: z.number(), label: SheetText, points: z.number() });
export const Classification = z.object({
  total: z.number(),
  maxTotal: z.number(),
  parts: z.array(z.object({ code: z.string(), title: SheetText, points: z.number(), maxPoints: z.number() })),
  band: z.object({ star: z.number(), minPoints: z.number(), belowPoints: z.nullable(z.number()) }),
  star: z.number(),
  certified: z.boolean(),
  markersMissed: z.array(z.object({ code: z.string(), title: SheetText, requiredStar: z.number(), required: OptionRef, chosen: OptionRef, binding: z.boolean() })),
  stoppedAt: z.array(z.object({ code: z.string(), title: SheetText, chosen: OptionRef })),
  explanation: Text,
});
export type Classification = z.infer<typeof Classification>;

export const UpgradePlan = z.object({
  targetStar: z.nullable(z.number()),
  reachable: z.boolean(),
  pointsGained: z.number(),
  steps: z.array(z.object({ code: z.string(), title: SheetText, from: OptionRef, to: OptionRef, pointsGained: z.number(), meetsMarkerFor: z.nullable(z.number()) })),
  current: Classification,
  explanation: Text,
});
export type UpgradePlan = z.infer<typeof UpgradePlan>;

// ---- dossiers ----

const dossierShape = {
  id: z.number(),
  productId: z.number(),
  productName: z.string(),
  producerId: z.number(),
  producerName: z.string(),
  kind: z.enum(DOSSIER_KINDS),
  state: z.enum(DOSSIER_STATES),
  stateLabel: Text,
  waitingOn: z.string(),
  legalVersion: z.string(),
  scoreVersion: z.string(),
  setNumber: z.number(),
  councilId: z.nullable(z.number()),
  councilName: z.nullable(z.string()),
  reason: z.nullable(z.string()),
  selfAssessment: z.nullable(z.object({ total: z.number(), star: z.number() })),
  result: z.nullable(
    z.object({
      kind: z.string(),
      star: z.number(),
      total: z.number(),
      closedAt: z.string(),
      overrideReason: z.nullable(z.string()),
      nationalStatus: z.nullable(z.string()),
      decisionId: z.nullable(z.number()),
      certificateId: z.nullable(z.number()),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  filedOn: z.nullable(z.string()),
};
export const Dossier = z.object(dossierShape);
export type Dossier = z.infer<typeof Dossier>;
export const DossierPage = pageOf(Dossier);

export const Evidence = z.object({
  id: z.number(),
  type: z.string(),
  typeLabel: Text,
  mime: z.string(),
  bytes: z.number(),
  validUntil: z.nullable(z.string()),
  reusedFromId: z.nullable(z.number()),
  uploadedBy: z.nullable(z.string()),
  uploadedAt: z.string(),
  url: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

const Gap = z.object({ type: z.string(), label: Text, reason: z.string() });
export type EvidenceGap = z.infer<typeof Gap>;
const Finding = z.object({ satisfied: z.boolean(), note: z.optional(z.string()) });

export const DossierDetail = z.object({
  ...dossierShape,
  history: z.array(Transition),
  actions: z.array(z.enum(DOSSIER_ACTIONS)),
  clock: z.object({ startedAt: z.nullable(z.string()), producerDays: z.number(), officialsDays: z.number(), nowWaitingOn: z.string() }),
  selfAnswers: z.nullable(z.object({ answers: z.record(z.string(), z.number()), producerType: z.nullable(z.string()), case: z.nullable(z.number()) })),
  communeAssessment: z.nullable(z.record(z.string(), Finding)),
  requestedEvidence: z.nullable(z.object({ types: z.array(z.string()), at: z.nullable(z.string()) })),
  evidence: z.array(Evidence),
  evidenceNeeds: z.object({ stillNeeded: z.array(Gap), toRefresh: z.array(Gap), complete: z.boolean() }),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

// ---- councils and their scores ----

export const Council = z.object({
  id: z.number(),
  name: z.string(),
  sessionDate: z.string(),
  seats: z.array(z.object({ userId: z.number(), username: z.string(), displayName: z.string(), role: z.string(), present: z.boolean() })),
});
export type Council = z.infer<typeof Council>;
export const CouncilPage = pageOf(Council);

const MemberScore = z.object({
  memberId: z.number(),
  username: z.string(),
  councilRole: z.nullable(z.string()),
  round: z.number(),
  total: z.number(),
  parts: z.record(z.string(), z.number()),
  star: z.number(),
  submittedAt: z.string(),
  latest: z.boolean(),
});
export type MemberScore = z.infer<typeof MemberScore>;

export const VISIBILITIES = ['full', 'own_only', 'summary', 'none'] as const;
export const Scores = z.object({
  dossierId: z.number(),
  visibility: z.enum(VISIBILITIES),
  quorum: z.object({ seats: z.number(), present: z.number(), required: z.number(), chairPresent: z.boolean(), met: z.boolean() }),
  expected: z.number(),
  scored: z.number(),
  missing: z.array(z.string()),
  displayScore: z.nullable(z.number()),
  partMeans: z.record(z.string(), z.number()),
  star: z.nullable(z.number()),
  flagged: z.array(z.string()),
  scores: z.array(MemberScore),
  own: z.nullable(z.object({ ...MemberScore.shape, flagged: z.boolean(), mayRescore: z.boolean() })),
});
export type Scores = z.infer<typeof Scores>;

// ---- certificates ----

export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'extended', 'expired', 'revoked', 'superseded', 'not_yet_valid'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
/** Statuses the register can be filtered by (expired includes extended ones). */
export const CERTIFICATE_FILTERS = ['valid', 'expiring', 'expired', 'revoked', 'superseded'] as const;
export const REVOCATION_REASONS = ['failed_post_audit', 'not_reevaluated', 'misuse', 'other'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const OcopCertificate = z.object({
  id: z.number(),
  number: z.string(),
  star: z.number(),
  totalScore: z.number(),
  productId: z.number(),
  productName: z.string(),
  producerId: z.number(),
  producerName: z.string(),
  unitName: z.nullable(z.string()),
  legalVersion: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  decision: z.object({ number: z.string(), date: z.string(), authorityLabel: Text }),
  dossierId: z.nullable(z.number()),
  status: z.object({ code: z.enum(CERTIFICATE_STATUSES), label: Text, daysLeft: z.nullable(z.number()), reasonLabel: z.nullable(Text) }),
  revocation: z.nullable(z.object({ on: z.string(), reason: z.string(), note: z.nullable(z.string()) })),
  supersededBy: z.nullable(z.number()),
  pdfUrl: z.string(),
});
export type OcopCertificate = z.infer<typeof OcopCertificate>;
export const CertificatePage = pageOf(OcopCertificate);
