// The running score of a sheet while it is being filled in: total, star band, the star markers
// missed so far and the star they leave. It mirrors the server's classification
// (src/domain/scoring/classify.ts) closely enough to guide the person filling in the form; the
// server's own classification replaces it once every criterion is answered.
import type { Criterion, ScoreOption, SheetDetail, SheetText, StarBand } from '../../api-evaluation.js';

export type Answers = Record<string, number>;

export type MissedMarker = { code: string; title: SheetText; requiredStar: number; requiredPoints: number; chosenPoints: number };

export type RunningScore = {
  answered: number;
  criteria: number;
  complete: boolean;
  total: number;
  maxTotal: number;
  parts: { code: string; title: SheetText; points: number; maxPoints: number }[];
  bandStar: number;
  star: number;
  markersMissed: MissedMarker[];
  stopped: string[];
};

/** Legal forms a registry producer type may stand for (src/domain/scoring/producer-types.ts). */
const ENTERPRISE_FORMS = ['private_enterprise', 'llc_single_member', 'llc_multi_member', 'jsc_local_minority', 'jsc_local_majority'];

export function legalFormsOf(producerType: string | null | undefined): readonly string[] | null {
  if (producerType === null || producerType === undefined || producerType === '') return null;
  return producerType === 'enterprise' ? ENTERPRISE_FORMS : [producerType];
}

/** Whether a producer of these legal forms (null: unknown) in this tourism case may choose the option. */
export function optionFits(option: ScoreOption, forms: readonly string[] | null, providerCase: number | null): boolean {
  const types = option.appliesTo?.producerTypes;
  if (types !== undefined && forms !== null && !types.some((type) => forms.includes(type))) return false;
  const wanted = option.appliesTo?.case;
  return wanted === undefined || providerCase === null || wanted === providerCase;
}

export function bandStar(bands: readonly StarBand[], total: number): number {
  const sorted = [...bands].sort((a, b) => b.minPoints - a.minPoints);
  return sorted.find((band) => total >= band.minPoints)?.star ?? 1;
}

function missedOn(criterion: Criterion, chosen: ScoreOption): MissedMarker[] {
  return criterion.options
    .filter((option) => option.minStar !== undefined && chosen.points < option.points)
    .map((option) => ({ code: criterion.code, title: criterion.title, requiredStar: option.minStar ?? 0, requiredPoints: option.points, chosenPoints: chosen.points }));
}

function inPart(code: string, part: string): boolean {
  return code === part || code.startsWith(`${part}.`);
}

export function runningScore(detail: SheetDetail, answers: Answers): RunningScore {
  const { criteria, parts } = detail.sheet;
  const chosen = criteria.flatMap((criterion) => {
    const position = answers[criterion.code];
    const option = position === undefined ? undefined : criterion.options.find((item) => item.position === position);
    return option === undefined ? [] : [{ criterion, option }];
  });
  const total = chosen.reduce((sum, item) => sum + item.option.points, 0);
  const markersMissed = chosen.flatMap((item) => missedOn(item.criterion, item.option)).sort((a, b) => a.requiredStar - b.requiredStar);
  const stopped = chosen.filter((item) => item.option.stopsEvaluation === true).map((item) => item.criterion.code);
  const band = bandStar(detail.starBands, total);
  // A missed marker caps the star below its own; an option that ends the evaluation acts like a missed 3★ marker.
  const caps = [...markersMissed.map((marker) => marker.requiredStar - 1), ...(stopped.length > 0 ? [2] : [])];
  return {
    answered: chosen.length,
    criteria: criteria.length,
    complete: chosen.length === criteria.length,
    total,
    maxTotal: parts.reduce((sum, part) => sum + part.maxPoints, 0),
    parts: parts.map((part) => ({
      code: part.code,
      title: part.title,
      maxPoints: part.maxPoints,
      points: chosen.filter((item) => inPart(item.criterion.code, part.code)).reduce((sum, item) => sum + item.option.points, 0),
    })),
    bandStar: band,
    star: Math.min(band, ...caps),
    markersMissed,
    stopped,
  };
}

/** The sheet's criteria under each part, grouped by their criterion group (none for a criterion right under the part). */
export function sheetLayout(detail: SheetDetail) {
  const { parts, groups, criteria } = detail.sheet;
  return parts.map((part) => {
    const partGroups = groups.filter((group) => inPart(group.code, part.code));
    const loose = criteria.filter((c) => inPart(c.code, part.code) && !partGroups.some((group) => c.code.startsWith(`${group.code}.`)));
    return {
      part,
      loose,
      groups: partGroups.map((group) => ({ group, criteria: criteria.filter((c) => c.code.startsWith(`${group.code}.`)) })),
    };
  });
}
