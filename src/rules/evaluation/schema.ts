import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import {
  AUTHORITIES, COUNCIL_ROLES, DOSSIER_ACTIONS, DOSSIER_FACTS, DOSSIER_KINDS, DOSSIER_STATES, WAITING_ON,
} from '../../domain/evaluation/types.js';

// File formats of src/rules/evaluation/*.json. Strict objects: a misspelt field in a hand edit
// is an error, not silently ignored data. Cross-field rules (reachability, one outcome per star,
// version dates that follow each other) are checked by the domain's check* functions on load.

const Text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const IsoDate = z.iso.date();
const Star = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const Role = z.enum(ROLES);
const CouncilRole = z.enum(COUNCIL_ROLES);
const Kind = z.enum(DOSSIER_KINDS);
const SetNumbers = z.array(z.number().int().positive()).min(1).optional();
const Versioned = { id: z.string().regex(/^[a-z0-9-]+$/), effectiveFrom: IsoDate, replacedOn: IsoDate.nullable() };

const TransitionSchema = z.strictObject({
  action: z.enum(DOSSIER_ACTIONS),
  from: z.array(z.enum(DOSSIER_STATES)).min(1),
  to: z.enum(DOSSIER_STATES),
  by: z.array(z.strictObject({ role: Role, councilRoles: z.array(CouncilRole).min(1).optional() })).min(1),
  reason: z.enum(['required', 'optional']),
  requires: z.array(z.enum(DOSSIER_FACTS)).min(1).optional(),
});

const WorkflowVersionSchema = z.strictObject({
  ...Versioned,
  source: z.string().min(1),
  notes: z.array(z.string().min(1)),
  initialState: z.enum(DOSSIER_STATES),
  states: z.array(z.strictObject({ code: z.enum(DOSSIER_STATES), label: Text, waitingOn: z.enum(WAITING_ON) })).min(1),
  transitions: z.array(TransitionSchema).min(1),
  actions: z.record(z.enum(DOSSIER_ACTIONS), Text),
  facts: z.record(z.enum(DOSSIER_FACTS), Text),
  kinds: z.array(z.strictObject({ code: Kind, label: Text, reusesPreviousEvidence: z.boolean() })).length(DOSSIER_KINDS.length),
  evidenceTypes: z.array(z.strictObject({
    code: z.string().regex(/^[a-z_]+$/), label: Text, requiredFor: z.array(Kind), reusable: z.boolean(),
    onlySets: SetNumbers, exceptSets: SetNumbers,
  })).min(1),
});

export const WorkflowFileSchema = z.strictObject({ versions: z.array(WorkflowVersionSchema).min(1) });

const CouncilVersionSchema = z.strictObject({
  ...Versioned,
  source: z.string().min(1),
  notes: z.array(z.string().min(1)),
  spread: z.strictObject({ points: z.number().min(0), measure: z.enum(['range', 'from_mean']) }),
  quorum: z.strictObject({ minPresentShare: z.number().gt(0).max(1), chairRequired: z.boolean() }),
  scoringRoles: z.array(CouncilRole).min(1),
  override: z.strictObject({ allowed: z.boolean(), roles: z.array(CouncilRole), minReasonLength: z.number().int().min(1) }),
  displayDecimals: z.number().int().min(0).max(4),
});

export const CouncilFileSchema = z.strictObject({ versions: z.array(CouncilVersionSchema).min(1) });

const Authority = z.enum(AUTHORITIES);
const Stars = z.array(Star).min(1);
const OutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ stars: Stars, kind: z.literal('result_letter'), authority: Authority }),
  z.strictObject({ stars: Stars, kind: z.literal('recognition'), level: z.enum(['district', 'province']), authority: Authority }),
  z.strictObject({ stars: Stars, kind: z.literal('national_candidate'), level: z.literal('central'), authority: Authority }),
]);

const ReminderSchema = z.strictObject({
  code: z.enum(['window_opens', 'window_closes_soon', 'window_last_day', 'window_missed', 'holder_notice_due', 'expires_soon', 'expired']),
  daysFromExpiry: z.number().int(),
  audience: z.enum(['producer', 'officials']),
});

const CertificationVersionSchema = z.strictObject({
  ...Versioned,
  id: z.string().regex(/^[0-9a-z-]+$/),
  legalVersion: z.string().min(1),
  source: z.string().min(1),
  notes: z.array(z.string().min(1)),
  validityMonths: z.number().int().positive().nullable(),
  reevaluationFiling: z.strictObject({ opensDaysBeforeExpiry: z.number().int().positive(), closesDaysBeforeExpiry: z.number().int().min(0) }).nullable(),
  holderNoticeDaysBeforeExpiry: z.number().int().positive().nullable(),
  outcomes: z.array(OutcomeSchema).min(1),
  reminders: z.array(ReminderSchema),
  revocationWithinDays: z.number().int().positive().nullable(),
});

export const CertificationFileSchema = z.strictObject({
  expiringWithinDays: z.number().int().min(0),
  expiringNote: z.string().min(1),
  authorities: z.record(Authority, Text),
  certificateNumber: z.strictObject({ province: z.string().regex(/^[A-Z]{2,4}$/), sequenceDigits: z.number().int().min(4).max(9), note: z.string().min(1) }),
  versions: z.array(CertificationVersionSchema).min(1),
  transitional: z.strictObject({
    source: z.string().min(1),
    newRules: z.string().min(1),
    certificatesIssuedBefore: IsoDate,
    lateReevaluationGraceDays: z.number().int().min(0),
    oldRulesDossiers: z.strictObject({ filedBefore: IsoDate, completionDays: z.record(Kind, z.number().int().positive()) }),
  }),
});
