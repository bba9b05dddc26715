import { classifyAnswers } from '../../domain/scoring/classify.js';
import type { ServiceContext } from '../context.js';
import { resolveSheet, withAnswerErrors } from './resolve-sheet.js';
import type { ClassifyInput } from './scoring-input.js';
import { type ClassificationView, presentClassification } from './scoring-output.js';

/**
 * Classifies one product from its answers: totals, band, markers missed and the star earned.
 * A public reference computation (no sign-in, nothing stored); ctx.now picks the version in force.
 */
export function classifyProduct(ctx: Pick<ServiceContext, 'now'>, opts: { input: ClassifyInput }): ClassificationView {
  const { input } = opts;
  const { version, sheet } = resolveSheet(ctx, input);
  const result = withAnswerErrors(() => classifyAnswers(version, sheet, { answers: input.answers, producerType: input.producerType, case: input.case }));
  return presentClassification(result);
}
