import { planUpgrade } from '../../domain/scoring/gap.js';
import type { Star } from '../../domain/scoring/types.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { withAnswerErrors } from '../scoring/resolve-sheet.js';
import { type UpgradeView, presentUpgradePlan } from '../scoring/scoring-output.js';
import { loadDossier } from './dossier-access.js';
import { asCase, asProducerType, parseAnswers, sheetOf } from './dossier-sheet.js';

// Gap analysis on the saved self-assessment: the fewest points that lift the product to the next
// star (or a target star), with the markers each step satisfies.

export async function getDossierGap(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; targetStar?: Star | undefined }): Promise<UpgradeView> {
  const { row } = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  const answers = parseAnswers(row.self_answers);
  if (answers === null) throw new ServiceError(409, 'no-self-assessment', 'The dossier has no self-assessment yet — Hồ sơ chưa có phiếu tự đánh giá');
  const { version, sheet } = sheetOf(row);
  const request = { answers, producerType: asProducerType(row.producer_type) ?? undefined, case: asCase(row.provider_case) ?? undefined };
  return presentUpgradePlan(withAnswerErrors(() => planUpgrade(version, sheet, request, opts.targetStar)));
}
