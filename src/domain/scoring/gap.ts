import { type ChosenOption, type ClassifyRequest, type ResolvedAnswers, resolveAnswers } from './answers.js';
import { type Classification, type OptionRef, classifyResolved, markedOptions, optionRef } from './classify.js';
import type { Criterion, LocalText, MarkerStar, ScoreOption, ScoreSheet, ScoreSheetVersion, Star } from './types.js';

// Gap analysis for a self-assessment: the cheapest set of criterion improvements that lifts the
// product to the next star (or a chosen target). "Cheapest" = fewest points gained, then fewest
// criteria changed. The target needs its band's threshold AND every marker of its star or a
// lower one, and no option that ends the evaluation. Only upgrades are proposed, and never one
// that would change the producer's legal form or the tourism provider case. A sheet has about
// 30–45 criteria and 100 points, so an exact dynamic programme over points gained is instant.

export type UpgradeStep = {
  readonly code: string;
  readonly title: LocalText;
  readonly from: OptionRef;
  readonly to: OptionRef;
  readonly pointsGained: number;
  /** The lowest star whose marker this step satisfies, if any. */
  readonly meetsMarkerFor: MarkerStar | null;
  readonly clearsStop: boolean;
};

export type UpgradePlan = {
  readonly current: Classification;
  /** null when the product is already 5★ and no target was asked for. */
  readonly targetStar: Star | null;
  readonly reachable: boolean;
  readonly pointsGained: number;
  readonly steps: readonly UpgradeStep[];
  /** The product re-classified with the steps applied (the current result when no steps). */
  readonly after: Classification;
};

type Candidate = { readonly option: ScoreOption; readonly gain: number; readonly changed: boolean };

function requiredPoints(criterion: Criterion, target: Star): number {
  return markedOptions(criterion).filter((m) => m.star <= target).reduce((p, m) => Math.max(p, m.option.points), 0);
}

/** An upgrade may not narrow who the producer is: it must suit every legal form still possible. */
function mayChoose(option: ScoreOption, resolved: ResolvedAnswers): boolean {
  const scope = option.appliesTo;
  if (scope === undefined) return true;
  const types = scope.producerTypes;
  if (types !== undefined && !resolved.producerTypes.every((t) => types.includes(t))) return false;
  return scope.case === undefined || scope.case === resolved.providerCase;
}

function candidates(chosen: ChosenOption, target: Star, resolved: ResolvedAnswers): Candidate[] {
  const { criterion, option: current } = chosen;
  const need = requiredPoints(criterion, target);
  const stopped = current.stopsEvaluation === true;
  const list: Candidate[] = [];
  if (!stopped && current.points >= need) list.push({ option: current, gain: 0, changed: false });
  for (const o of criterion.options) {
    if (o === current || o.stopsEvaluation === true || o.points < need || !mayChoose(o, resolved)) continue;
    if (o.points > current.points || (stopped && o.points === current.points)) list.push({ option: o, gain: o.points - current.points, changed: true });
  }
  return list;
}

type Cell = { readonly changes: number; readonly pick: Candidate; readonly prevGain: number };

/** Exact DP: rows[i] maps a total gain to the fewest changes reaching it with criteria 0..i. */
function cheapestPicks(perCriterion: readonly Candidate[][], pointsNeeded: number): Candidate[] | undefined {
  const rows: Map<number, Cell>[] = [];
  let reach = new Map<number, number>([[0, 0]]);
  for (const cands of perCriterion) {
    const row = new Map<number, Cell>();
    for (const [gain, changes] of reach) {
      for (const pick of cands) {
        const cell = { changes: changes + (pick.changed ? 1 : 0), pick, prevGain: gain };
        const old = row.get(gain + pick.gain);
        if (old === undefined || cell.changes < old.changes) row.set(gain + pick.gain, cell);
      }
    }
    rows.push(row);
    reach = new Map([...row].map(([g, c]) => [g, c.changes]));
  }
  const best = [...reach].filter(([g]) => g >= pointsNeeded).sort((a, b) => a[0] - b[0] || a[1] - b[1])[0];
  if (best === undefined) return undefined;
  const picks: Candidate[] = [];
  let gain = best[0];
  for (let i = rows.length - 1; i >= 0; i--) {
    const cell = rows[i]?.get(gain);
    if (cell === undefined) throw new Error('gap analysis lost its path');
    picks.unshift(cell.pick);
    gain = cell.prevGain;
  }
  return picks;
}

function lowestMarkerMet(criterion: Criterion, from: ScoreOption, to: ScoreOption): MarkerStar | null {
  const met = markedOptions(criterion).find((m) => from.points < m.option.points && to.points >= m.option.points);
  return met?.star ?? null;
}

function toSteps(chosen: readonly ChosenOption[], picks: readonly Candidate[]): UpgradeStep[] {
  const steps: UpgradeStep[] = [];
  chosen.forEach(({ criterion, option }, i) => {
    const pick = picks[i];
    if (pick === undefined || !pick.changed) return;
    steps.push({
      code: criterion.code, title: criterion.title, from: optionRef(option), to: optionRef(pick.option), pointsGained: pick.gain,
      meetsMarkerFor: lowestMarkerMet(criterion, option, pick.option), clearsStop: option.stopsEvaluation === true,
    });
  });
  return steps;
}

function nextStar(star: Star): Star | null {
  return star === 1 ? 2 : star === 2 ? 3 : star === 3 ? 4 : star === 4 ? 5 : null;
}

/**
 * The fewest-points plan that lifts a self-assessment to targetStar (default: one star above
 * its current rating). Throws AnswerError when the answers themselves are invalid.
 */
export function planUpgrade(version: ScoreSheetVersion, sheet: ScoreSheet, request: ClassifyRequest, targetStar?: Star): UpgradePlan {
  const resolved = resolveAnswers(sheet, request);
  const current = classifyResolved(version, sheet, resolved);
  const target = targetStar ?? nextStar(current.star);
  const unchanged = { current, targetStar: target, pointsGained: 0, steps: [], after: current };
  if (target === null || target <= current.star) return { ...unchanged, reachable: true };
  const threshold = version.starBands.find((b) => b.star === target)?.minPoints ?? 0;
  const perCriterion = resolved.chosen.map((c) => candidates(c, target, resolved));
  const picks = perCriterion.some((c) => c.length === 0) ? undefined : cheapestPicks(perCriterion, threshold - current.total);
  if (picks === undefined) return { ...unchanged, reachable: false };
  const upgraded: ResolvedAnswers = { ...resolved, chosen: resolved.chosen.map((c, i) => ({ criterion: c.criterion, option: picks[i]?.option ?? c.option })) };
  const after = classifyResolved(version, sheet, upgraded);
  if (after.star < target) throw new Error(`gap plan for set ${sheet.setNumber} reaches ${after.star}★, not ${target}★`);
  const steps = toSteps(resolved.chosen, picks);
  return { current, targetStar: target, reachable: true, pointsGained: steps.reduce((s, x) => s + x.pointsGained, 0), steps, after };
}
