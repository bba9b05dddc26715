import { planUpgrade } from '../../domain/scoring/gap.js';
import type { ServiceContext } from '../context.js';
import { resolveSheet, withAnswerErrors } from './resolve-sheet.js';
import type { UpgradeInput } from './scoring-input.js';
import { type UpgradeView, presentUpgradePlan } from './scoring-output.js';

/** Gap analysis for a self-assessment: the fewest-points plan that reaches the next (or target) star. */
export function planStarUpgrade(ctx: Pick<ServiceContext, 'now'>, opts: { input: UpgradeInput }): UpgradeView {
  const { input } = opts;
  const { version, sheet } = resolveSheet(ctx, input);
  const request = { answers: input.answers, producerType: input.producerType, case: input.case };
  return presentUpgradePlan(withAnswerErrors(() => planUpgrade(version, sheet, request, input.targetStar)));
}
