import type { Updateable } from 'kysely';
import { findDossier, insertDossierTransitions, updateDossierInState } from '../../db/repositories/dossiers.js';
import { findProduct } from '../../db/repositories/products.js';
import type { DossierTable } from '../../db/schema-evaluation.js';
import { type TransitionRule, transition } from '../../domain/evaluation/dossier-states.js';
import type { DossierAction, DossierFact } from '../../domain/evaluation/types.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { type LoadedDossier, dossierActor, dossierChanged, stepRefused, workflowOf } from './dossier-access.js';
import { dossierDetail } from './dossier-detail.js';
import { type Audience, dossierLink, notifyEvaluation } from './dossier-notices.js';
import type { DossierDetailView } from './dossier-output.js';
import { moveProduct, productStatusAfter } from './dossier-product.js';

// One workflow step, the same way for every action: the workflow table decides whether the step
// is allowed; the state change (guarded by the state it was checked in), its history row, the
// product's status, the step's own effects, the audit entry and the notifications commit in one
// transaction; emails go out after the commit.

const NOTICES: Readonly<Record<DossierAction, { kind: string; audiences: readonly Audience[] }>> = {
  submit: { kind: 'dossier.submitted', audiences: ['commune'] },
  accept_for_review: { kind: 'dossier.accepted', audiences: ['producer'] },
  return_to_producer: { kind: 'dossier.returned', audiences: ['producer'] },
  pass_commune_review: { kind: 'dossier.passed', audiences: ['province', 'producer'] },
  request_evidence: { kind: 'dossier.evidence_requested', audiences: ['producer'] },
  provide_evidence: { kind: 'dossier.evidence_provided', audiences: ['province'] },
  send_to_council: { kind: 'dossier.to_council', audiences: ['council'] },
  close_scoring: { kind: 'dossier.scored', audiences: ['province', 'producer'] },
  record_decision: { kind: 'dossier.decided', audiences: ['producer', 'commune'] },
  withdraw: { kind: 'dossier.withdrawn', audiences: ['commune', 'province'] },
  reject: { kind: 'dossier.rejected', audiences: ['producer', 'commune'] },
};

export type StepEffects = {
  /** Extra dossier columns set with the state change. */
  patch?: Updateable<DossierTable>;
  /** Runs inside the transaction after the state change; may return more dossier columns to set. */
  apply?: (trx: Tx, at: string) => Promise<Updateable<DossierTable> | void>;
};

export type StepRequest = {
  actor: Actor;
  loaded: LoadedDossier;
  action: DossierAction;
  reason?: string | null | undefined;
  facts?: readonly DossierFact[];
  mailer: Mailer;
  effects?: StepEffects;
};

/** Checks the step against the workflow data; throws the problem when it is refused. */
export function checkStep(req: Pick<StepRequest, 'actor' | 'loaded' | 'action' | 'reason' | 'facts'>): TransitionRule {
  const { row } = req.loaded;
  const result = transition(workflowOf(row), { state: row.state, action: req.action, actor: dossierActor(req.actor, req.loaded), reason: req.reason, facts: req.facts });
  if (!result.ok) throw stepRefused(result.error);
  return result.rule;
}

async function applyStep(trx: Tx, req: StepRequest, rule: TransitionRule, at: string) {
  const { row } = req.loaded;
  const reason = req.reason?.trim() || null;
  const patch = { ...req.effects?.patch, state: rule.to, reason, updated_at: at };
  if (!(await updateDossierInState(trx, row.id, row.state, patch))) throw dossierChanged();
  await insertDossierTransitions(trx, [{ dossier_id: row.id, at, action: req.action, from_status: row.state, to_status: rule.to, reason, actor_id: req.actor.userId === 0 ? null : req.actor.userId, actor_username: req.actor.username }]);
  const product = await findProduct(trx, row.product_id);
  const next = product === undefined ? undefined : productStatusAfter(product.status, req.action, rule.to, row.product_status_before);
  if (next !== undefined) await moveProduct(trx, { productId: row.product_id, status: next, actor: req.actor, at, why: `dossier ${row.id} ${req.action}` });
  const more = await req.effects?.apply?.(trx, at);
  if (more) await trx.updateTable('dossier').set(more).where('id', '=', row.id).execute();
  const after = await findDossier(trx, row.id);
  if (after === undefined) throw notFound('Dossier');
  await recordAudit(trx, { actor: req.actor, action: `dossier.${req.action}`, entity: 'dossier', entityId: row.id, before: { state: row.state }, after: { state: after.state, reason, ...(more ?? {}) }, at });
  const notice = NOTICES[req.action];
  const mails = await notifyEvaluation(trx, { ...notice, producer: { id: row.producer_id, unit_id: row.producer_unit_id }, councilId: after.council_id, subject: row.product_name, link: dossierLink(row.id), actor: req.actor, at });
  return { after, mails };
}

/** Takes one workflow step and returns the dossier as the actor now sees it. */
export async function takeStep(ctx: ServiceContext, req: StepRequest): Promise<DossierDetailView> {
  const rule = checkStep(req);
  const at = nowIso(ctx);
  const { after, mails } = await ctx.db.transaction().execute((trx) => applyStep(trx, req, rule, at));
  await deliverMail(req.mailer, mails);
  return dossierDetail(ctx, req.actor, { row: after, seat: req.loaded.seat });
}
