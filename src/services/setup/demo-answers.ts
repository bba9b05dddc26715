import { expandProducerType, type ProducerTypeInput } from '../../domain/scoring/producer-types.js';
import type { Criterion, ScoreOption, ScoreSheet } from '../../domain/scoring/types.js';

// Plausible answer sheets for demo dossiers: on every criterion, among the options this producer
// may choose (never one that ends the evaluation), the one `level` of the way up the points.
// Tourism sheets answer as a community service (case 1).

function fits(o: ScoreOption, types: readonly string[]): boolean {
  const scope = o.appliesTo;
  if (o.stopsEvaluation === true) return false;
  if (scope?.case !== undefined && scope.case !== 1) return false;
  return scope?.producerTypes === undefined || scope.producerTypes.some((t) => types.includes(t));
}

function pick(c: Criterion, types: readonly string[], level: number): number {
  const options = c.options.filter((o) => fits(o, types)).sort((a, b) => a.points - b.points);
  const chosen = options[Math.min(options.length - 1, Math.round((options.length - 1) * level))] ?? c.options[0];
  return chosen?.position ?? 0;
}

export function demoAnswers(sheet: ScoreSheet, producerType: ProducerTypeInput, level: number): { answers: Record<string, number>; case: 1 | undefined } {
  const types = expandProducerType(producerType).slice(0, 1);
  const answers = Object.fromEntries(sheet.criteria.map((c) => [c.code, pick(c, types, level)]));
  const hasCases = sheet.criteria.some((c) => c.options.some((o) => o.appliesTo?.case !== undefined));
  return { answers, case: hasCases ? 1 : undefined };
}
