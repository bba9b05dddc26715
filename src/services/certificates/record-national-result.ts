import { z } from 'zod';
import type { Updateable } from 'kysely';
import { findDossier, insertDossierTransitions, updateDossierInState, type DossierRow } from '../../db/repositories/dossiers.js';
import type { DossierTable } from '../../db/schema-evaluation.js';
import { type NationalResult, applyNationalResult } from '../../domain/evaluation/decisions.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { ServiceError, forbidden, invalid, notFound } from '../errors.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { isProvinceStaff, loadDossier, dossierChanged } from '../dossiers/dossier-access.js';
import { dossierDetail } from '../dossiers/dossier-detail.js';
import { dossierLink, notifyEvaluation } from '../dossiers/dossier-notices.js';
import type { DossierDetailView } from '../dossiers/dossier-output.js';
import { today } from './certificate-access.js';
import { DecisionInput, assertDecisionDate, decisionFor } from './decision-input.js';
import { issueCertificate, rulesVersionOf } from './issue-certificate.js';
import { restoreProduct } from './record-decision.js';

// The Ministry's answer for a 5★ candidate (26/2026 Điều 4): recognised 5★ (the Minister's
// decision, a 5★ certificate), or returned with the central council's result, on which the
// provincial chairman recognises 3★/4★ (or, below 3★, the producer gets a result letter).

export const NationalResultInput = DecisionInput.extend({
  recognised: z.boolean(),
  star: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional().describe('the central result when not recognised as 5★'),
  total: z.number().min(0).max(100).describe("the central council's total"),
}).strict();
export type NationalResultInput = z.infer<typeof NationalResultInput>;

function nationalOf(input: NationalResultInput): NationalResult {
  if (input.recognised) return { recognised: true, total: input.total };
  if (input.star === undefined) throw invalid('Give the central result', [{ path: 'body.star', message: 'required when not recognised as 5★' }]);
  return { recognised: false, star: input.star, total: input.total };
}

async function apply(trx: Tx, row: DossierRow, input: NationalResultInput, actor: Actor, at: string): Promise<Updateable<DossierTable>> {
  const outcome = applyNationalResult(rulesVersionOf(row), nationalOf(input));
  const status = input.recognised ? 'recognised' : 'returned';
  if (outcome.kind !== 'recognition') {
    const decision = await decisionFor(trx, input, 'result_letter', outcome.authority, actor, at);
    await restoreProduct(trx, row, actor, at);
    return { national_status: status, national_decision_id: decision.id, updated_at: at };
  }
  const decision = await decisionFor(trx, input, input.recognised ? 'national_recognition' : 'recognition', outcome.authority, actor, at);
  const certificateId = await issueCertificate(trx, { dossier: row, decision, star: outcome.star, total: input.total, actor, at, expiresOn: input.expiresOn });
  return { national_status: status, national_decision_id: decision.id, certificate_id: certificateId, updated_at: at };
}

export async function recordNationalResult(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; input: NationalResultInput; mailer: Mailer }): Promise<DossierDetailView> {
  const { actor, input } = opts;
  const loaded = await loadDossier(ctx.db, actor, opts.dossierId);
  const { row } = loaded;
  if (!isProvinceStaff(actor)) throw forbidden('Only province OCOP staff record the national result');
  if (row.national_status !== 'pending') throw new ServiceError(409, 'illegal-transition', 'Hồ sơ không chờ kết quả cấp trung ương — The dossier is not waiting for a national result');
  assertDecisionDate(input.date, today(ctx), row.filed_on);
  const at = nowIso(ctx);
  const { after, mails } = await ctx.db.transaction().execute(async (trx) => {
    const patch = await apply(trx, row, input, actor, at);
    if (!(await updateDossierInState(trx, row.id, row.state, patch))) throw dossierChanged();
    await insertDossierTransitions(trx, [{ dossier_id: row.id, at, action: 'record_national_result', from_status: row.state, to_status: row.state, reason: input.reason ?? null, actor_id: actor.userId === 0 ? null : actor.userId, actor_username: actor.username }]);
    await recordAudit(trx, { actor, action: 'dossier.record_national_result', entity: 'dossier', entityId: row.id, before: { nationalStatus: row.national_status }, after: patch, at });
    const mails = await notifyEvaluation(trx, { kind: 'dossier.national_result', audiences: ['producer', 'commune'], producer: { id: row.producer_id, unit_id: row.producer_unit_id }, subject: row.product_name, link: dossierLink(row.id), actor, at });
    const after = await findDossier(trx, row.id);
    if (after === undefined) throw notFound('Dossier');
    return { after, mails };
  });
  await deliverMail(opts.mailer, mails);
  return dossierDetail(ctx, actor, { row: after, seat: loaded.seat });
}
