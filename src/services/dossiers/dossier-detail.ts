import type { Kysely } from 'kysely';
import { type EvidenceRow, evidenceOfDossier } from '../../db/repositories/dossier-evidence.js';
import { type DossierRow, listDossierTransitions } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import { type DossierHistoryEntry, dossierClock } from '../../domain/evaluation/dossier-clock.js';
import { availableActions } from '../../domain/evaluation/dossier-states.js';
import { type EvidenceItem, type EvidenceNeeds, evidenceNeeds } from '../../domain/evaluation/evidence.js';
import { DOSSIER_STATES } from '../../domain/evaluation/types.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { presentTransition } from '../ideas/history-output.js';
import { type LoadedDossier, dossierActor, workflowOf } from './dossier-access.js';
import { type DossierDetailView, presentDossier, presentEvidence } from './dossier-output.js';
import { asCase, asProducerType, parseAnswers } from './dossier-sheet.js';

// Everything the portal shows on a dossier's page, computed from the rows and the rules.

function toItem(e: EvidenceRow): EvidenceItem {
  return { id: String(e.id), type: e.type, uploadedOn: e.uploaded_at.slice(0, 10), validUntil: e.valid_until };
}

/** What the dossier still needs, and what carries over from the previous dossier of the product. */
export async function evidenceNeedsOf(db: Kysely<DB>, row: DossierRow, today: string, uploads?: EvidenceRow[]): Promise<EvidenceNeeds> {
  const own = uploads ?? (await evidenceOfDossier(db, row.id));
  const previous = row.previous_dossier_id === null ? [] : await evidenceOfDossier(db, row.previous_dossier_id);
  return evidenceNeeds(workflowOf(row), {
    kind: row.kind, setNumber: row.set_number, filedOn: row.filed_on ?? today, previous: previous.map(toItem), uploads: own.map(toItem),
  });
}

function parseJson(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

function communeAssessment(json: string | null): DossierDetailView['communeAssessment'] {
  const v = parseJson(json);
  if (typeof v !== 'object' || v === null) return null;
  const out: NonNullable<DossierDetailView['communeAssessment']> = {};
  for (const [k, f] of Object.entries(v)) {
    if (typeof f === 'object' && f !== null && 'satisfied' in f && typeof f.satisfied === 'boolean') {
      out[k] = { satisfied: f.satisfied, ...('note' in f && typeof f.note === 'string' ? { note: f.note } : {}) };
    }
  }
  return out;
}

function requestedEvidence(row: DossierRow): DossierDetailView['requestedEvidence'] {
  const v = parseJson(row.requested_evidence);
  if (!Array.isArray(v)) return null;
  return { types: v.filter((t): t is string => typeof t === 'string'), at: row.evidence_requested_at };
}

function clockOf(row: DossierRow, history: Awaited<ReturnType<typeof listDossierTransitions>>, asOf: string): DossierDetailView['clock'] {
  const entries: DossierHistoryEntry[] = [{ to: 'draft', at: row.created_at }];
  for (const t of history) {
    const to = DOSSIER_STATES.find((s) => s === t.to_status);
    if (to !== undefined) entries.push({ to, at: t.at });
  }
  const last = entries[entries.length - 1];
  const clock = dossierClock(workflowOf(row), entries, last !== undefined && last.at > asOf ? last.at : asOf);
  return { startedAt: clock.startedAt, producerDays: clock.producerDays, officialsDays: clock.officialsDays, nowWaitingOn: clock.nowWaitingOn };
}

/** The whole dossier as the caller may see it, with the steps open to them now. */
export async function dossierDetail(ctx: Pick<ServiceContext, 'db' | 'now'>, actor: Actor, loaded: LoadedDossier): Promise<DossierDetailView> {
  const { row } = loaded;
  const [history, evidence] = await Promise.all([listDossierTransitions(ctx.db, row.id), evidenceOfDossier(ctx.db, row.id)]);
  const needs = await evidenceNeedsOf(ctx.db, row, vietnamDay(ctx.now()), evidence);
  const answers = parseAnswers(row.self_answers);
  return {
    ...presentDossier(row),
    history: history.map(presentTransition),
    actions: availableActions(workflowOf(row), row.state, dossierActor(actor, loaded)),
    clock: clockOf(row, history, ctx.now().toISOString()),
    selfAnswers: answers === null ? null : { answers, producerType: asProducerType(row.producer_type), case: asCase(row.provider_case) },
    communeAssessment: communeAssessment(row.commune_assessment),
    requestedEvidence: requestedEvidence(row),
    evidence: evidence.map((e) => presentEvidence(e, row)),
    evidenceNeeds: { ...needs, stillNeeded: [...needs.stillNeeded], toRefresh: [...needs.toRefresh], reused: [...needs.reused] },
  };
}
