import type { Updateable } from 'kysely';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import { findProduct } from '../../db/repositories/products.js';
import type { DossierTable } from '../../db/schema-evaluation.js';
import { decideOutcome } from '../../domain/evaluation/decisions.js';
import type { Star } from '../../domain/scoring/types.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext, Tx } from '../context.js';
import { ServiceError } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from '../dossiers/dossier-access.js';
import type { DossierDetailView } from '../dossiers/dossier-output.js';
import { moveProduct } from '../dossiers/dossier-product.js';
import { checkStep, takeStep } from '../dossiers/dossier-step.js';
import { today } from './certificate-access.js';
import { type DecisionInput, assertDecisionDate, decisionFor } from './decision-input.js';
import { issueCertificate, rulesVersionOf } from './issue-certificate.js';

// The decision that follows the council's result (certification.json outcomes): 3★–4★ are
// recognised by the provincial chairman and get a certificate; 1★–2★ get a result letter from the
// provincial OCOP agency and no certificate; a 5★ result is approved by the province and
// forwarded to the Ministry, whose answer is recorded later (record-national-result.ts).

export function asStar(n: number | null): Star {
  if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) return n;
  throw new ServiceError(409, 'no-result', 'The council has not closed scoring yet');
}

/** A dossier ending without a certificate gives the product back the status it had. */
export async function restoreProduct(trx: Tx, row: DossierRow, actor: Actor, at: string): Promise<void> {
  const product = await findProduct(trx, row.product_id);
  if (product === undefined || (product.status !== 'submitted' && product.status !== 'evaluating')) return;
  await moveProduct(trx, { productId: row.product_id, status: row.product_status_before ?? 'developing', actor, at, why: `dossier ${row.id} ended without a certificate` });
}

async function applyDecision(trx: Tx, row: DossierRow, input: DecisionInput, actor: Actor, at: string): Promise<Updateable<DossierTable>> {
  const outcome = decideOutcome(rulesVersionOf(row), { star: asStar(row.result_star), total: row.result_total ?? 0 });
  switch (outcome.kind) {
    case 'recognition': {
      const decision = await decisionFor(trx, input, 'recognition', outcome.authority, actor, at);
      const certificateId = await issueCertificate(trx, { dossier: row, decision, star: outcome.star, total: row.result_display ?? 0, actor, at, expiresOn: input.expiresOn });
      return { decision_id: decision.id, certificate_id: certificateId, decided_at: at };
    }
    case 'result_letter': {
      const decision = await decisionFor(trx, input, 'result_letter', outcome.authority, actor, at);
      await restoreProduct(trx, row, actor, at);
      return { decision_id: decision.id, decided_at: at };
    }
    case 'national_candidate': {
      const decision = await decisionFor(trx, input, 'national_forwarding', 'provincial_chairman', actor, at);
      return { decision_id: decision.id, national_status: 'pending', decided_at: at };
    }
  }
}

export async function recordDecision(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; input: DecisionInput; mailer: Mailer }): Promise<DossierDetailView> {
  const { actor, input } = opts;
  const loaded = await loadDossier(ctx.db, actor, opts.dossierId);
  checkStep({ actor, loaded, action: 'record_decision', facts: ['decision_recorded'] });
  assertDecisionDate(input.date, today(ctx), loaded.row.filed_on);
  return takeStep(ctx, {
    actor, loaded, action: 'record_decision', reason: input.reason, facts: ['decision_recorded'], mailer: opts.mailer,
    effects: { apply: (trx, at) => applyDecision(trx, loaded.row, input, actor, at) },
  });
}
