import { type CommuneAssessment, communeAssessmentResult } from '../../domain/evaluation/commune-assessment.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from './dossier-access.js';
import type { DossierDetailView } from './dossier-output.js';
import { checkStep, takeStep } from './dossier-step.js';

// The commune's pre-assessment (Mẫu 03): four contents, each satisfied or not. All four satisfied
// passes the dossier to the province; otherwise the commune returns it, and the contents not
// satisfied (with the commune's notes) become the reasons the producer reads.

export type CommuneReviewOptions = { actor: Actor; dossierId: number; assessment?: CommuneAssessment | undefined; reason?: string | undefined; mailer: Mailer };

function notPassed(assessment: CommuneAssessment): ServiceError {
  const r = communeAssessmentResult(assessment);
  const issues = [
    ...r.notAssessed.map((i) => ({ path: `body.assessment.${i}`, message: 'not assessed' })),
    ...r.notSatisfied.map((i) => ({ path: `body.assessment.${i}`, message: 'not satisfied: return the dossier instead' })),
  ];
  return new ServiceError(409, 'precondition-failed', 'Chưa đạt cả 4 nội dung đánh giá của xã — The commune assessment is not satisfied on all 4 contents', issues);
}

export async function passCommuneReview(ctx: ServiceContext, opts: CommuneReviewOptions & { assessment: CommuneAssessment }): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  checkStep({ actor: opts.actor, loaded, action: 'pass_commune_review', facts: ['commune_assessment_passed'] });
  if (!communeAssessmentResult(opts.assessment).passed) throw notPassed(opts.assessment);
  return takeStep(ctx, {
    actor: opts.actor, loaded, action: 'pass_commune_review', reason: opts.reason, facts: ['commune_assessment_passed'], mailer: opts.mailer,
    effects: { patch: { commune_assessment: JSON.stringify(opts.assessment) } },
  });
}

/** Returns the dossier to the producer; without a reason, the failed contents of the assessment are the reason. */
export async function returnDossier(ctx: ServiceContext, opts: CommuneReviewOptions): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  const assessment = opts.assessment;
  const fromAssessment = assessment === undefined ? [] : communeAssessmentResult(assessment).returnReasons.map((t) => t.vi);
  const reason = opts.reason ?? (fromAssessment.length > 0 ? fromAssessment.join('; ') : undefined);
  const patch = assessment === undefined ? {} : { commune_assessment: JSON.stringify(assessment) };
  return takeStep(ctx, { actor: opts.actor, loaded, action: 'return_to_producer', reason, mailer: opts.mailer, effects: { patch } });
}

