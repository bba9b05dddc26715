import { updateDossierInState } from '../../db/repositories/dossiers.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { type ClassificationView, presentClassification } from '../scoring/scoring-output.js';
import { assertApplicant, assertPreparable, dossierChanged, loadDossier } from './dossier-access.js';
import type { SelfAssessmentInput } from './dossier-input.js';
import { asCase, asProducerType, classifyOnSheet } from './dossier-sheet.js';

// The producer's self-assessment (Mẫu 02) on the dossier's sheet, classified live: the answer is
// the same classification the council's sheets get (total, parts, star markers, star). It is
// saved only when complete and valid; the 422 names every criterion still to answer.

export async function saveSelfAssessment(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; input: SelfAssessmentInput }): Promise<ClassificationView> {
  const { actor, input } = opts;
  const { row } = await loadDossier(ctx.db, actor, opts.dossierId);
  assertApplicant(actor);
  assertPreparable(row);
  const set = { answers: input.answers, producerType: input.producerType ?? asProducerType(row.producer_type), case: input.case ?? asCase(row.provider_case) };
  const result = classifyOnSheet(row, set);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const patch = { self_answers: JSON.stringify(input.answers), producer_type: set.producerType, provider_case: set.case, self_total: result.total, self_star: result.star, updated_at: at };
    if (!(await updateDossierInState(trx, row.id, row.state, patch))) throw dossierChanged();
    await recordAudit(trx, { actor, action: 'dossier.self_assessment', entity: 'dossier', entityId: row.id, before: { total: row.self_total, star: row.self_star }, after: { total: result.total, star: result.star }, at });
  });
  return presentClassification(result);
}
