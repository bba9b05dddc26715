import { describe, expect, it } from 'vitest';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import type { ClassifyRequest } from './answers.js';
import { classifyAnswers } from './classify.js';
import { type UpgradePlan, planUpgrade } from './gap.js';
import { SET1_TOP, SET1_TYPICAL, SET8_COOPERATIVE, withChanges } from './hand-worked.fixture.js';
import { findSheet, findVersion } from './library.js';
import { checkScoreSheetVersion } from './sheet-checks.js';
import type { ScoreOption, ScoreSheet, ScoreSheetVersion, Star } from './types.js';

const v26 = findVersion(scoreSheetLibrary(), '26-2026')!;

function plan(set: number, request: ClassifyRequest, target?: Star): UpgradePlan {
  return planUpgrade(v26, findSheet(v26, set)!, request, target);
}

/** Applies a plan to the answers and classifies the result independently of the plan's own check. */
function reclassify(set: number, request: ClassifyRequest, p: UpgradePlan) {
  const answers = { ...request.answers, ...Object.fromEntries(p.steps.map((s) => [s.code, s.to.position])) };
  return classifyAnswers(v26, findSheet(v26, set)!, { ...request, answers });
}
const steps = (p: UpgradePlan) => p.steps.map((s) => `${s.code} ${s.from.position}→${s.to.position} +${s.pointsGained}`);

describe('gap analysis on the real sheets', () => {
  it('set 1 household at 64 (3★) → 4★: 5.1 must reach its ★4 level (+3), 4.3 gives the other 3 points in one step', () => {
    // 70 − 64 = 6 points needed; 5.1 leaflet (2) → story in e-traceability (5) is forced by its ★4 marker.
    // The only other single +3 step on this sheet is promotion 4.3: option 2 (2) → option 4 (5).
    const request = { answers: { ...SET1_TYPICAL }, producerType: 'household' as const };
    const p = plan(1, request);
    expect([p.current.star, p.targetStar, p.reachable, p.pointsGained]).toEqual([3, 4, true, 6]);
    expect(steps(p)).toEqual(['B.4.3 2→4 +3', 'B.5.1 2→4 +3']);
    expect(p.steps.map((s) => s.meetsMarkerFor)).toEqual([null, 4]);
    const after = reclassify(1, request, p);
    expect([after.total, after.star]).toEqual([70, 4]);
    expect([p.after.total, p.after.star]).toEqual([70, 4]);
  });

  it('92 points held at 4★ by the 5★ marker on 1.5: one point fixes it', () => {
    const request = { answers: withChanges(SET1_TOP, { 'A.1.5': 2, 'A.1.2': 0, 'B.4.3': 2, 'B.4.2': 1 }) };
    const p = plan(1, request);
    expect([p.current.star, p.targetStar, p.pointsGained]).toEqual([4, 5, 1]);
    expect(steps(p)).toEqual(['A.1.5 2→3 +1']);
    expect(reclassify(1, request, p).star).toBe(5);
  });

  it('98 points held at 2★ by the 3★ marker on 2.2: the next star is reached by meeting it (+1), and the product lands at 5★', () => {
    const request = { answers: withChanges(SET1_TOP, { 'A.2.2': 1 }) };
    const p = plan(1, request);
    expect([p.current.star, p.targetStar, p.pointsGained, steps(p)]).toEqual([2, 3, 1, ['A.2.2 1→2 +1']]);
    expect([p.after.total, p.after.star]).toEqual([99, 5]);
  });

  it('set 8 co-operative at 83 → 5★ needs 7 points in 4 changes: 6.5 to its 5★ level (+2) and no single step above +2', () => {
    const request = { answers: { ...SET8_COOPERATIVE }, producerType: 'cooperative' as const };
    const p = plan(8, request);
    expect([p.current.star, p.targetStar, p.pointsGained, p.steps.length]).toEqual([4, 5, 7, 4]);
    expect(steps(p)).toContain('C.6.5 2→3 +2');
    const after = reclassify(8, request, p);
    expect([after.total, after.star]).toEqual([90, 5]);
  });

  it('plans for an explicit target: 64 → 5★ needs exactly 26 points and meets every 4★ and 5★ marker', () => {
    const request = { answers: { ...SET1_TYPICAL }, producerType: 'household' as const };
    const p = plan(1, request, 5);
    expect([p.targetStar, p.pointsGained]).toEqual([5, 26]);
    const after = reclassify(1, request, p);
    expect([after.total, after.star, after.markersMissed]).toEqual([90, 5, []]);
    expect(p.steps.map((s) => s.code)).not.toContain('A.3.1'); // never proposes a different legal form
  });

  it('has nothing to do for a 5★ product', () => {
    const p = plan(1, { answers: { ...SET1_TOP } });
    expect([p.targetStar, p.reachable, p.steps, p.after.star]).toEqual([null, true, [], 5]);
  });
});

// ---------------------------------------------------------------------------------------------
// Exactness, checked against brute force on a small sheet (5 criteria, a few hundred answer sets).

const opt = (position: number, points: number, extra: Partial<ScoreOption> = {}): ScoreOption => ({ position, label: { vi: `mức ${position}` }, points, ...extra });
const SMALL: ScoreSheet = {
  setNumber: 1, name: { vi: 'Thử nghiệm' }, disqualifyWhen: [],
  parts: [{ code: 'A', title: { vi: 'A' }, maxPoints: 40 }, { code: 'B', title: { vi: 'B' }, maxPoints: 25 }, { code: 'C', title: { vi: 'C' }, maxPoints: 35 }],
  groups: [{ code: 'A.1', title: { vi: 'A.1' }, maxPoints: 40 }, { code: 'B.1', title: { vi: 'B.1' }, maxPoints: 25 }, { code: 'C.1', title: { vi: 'C.1' }, maxPoints: 35 }],
  criteria: [
    { code: 'A.1.1', title: { vi: 'a' }, maxPoints: 20, options: [opt(0, 0), opt(1, 10), opt(2, 20, { minStar: 4 })] },
    { code: 'A.1.2', title: { vi: 'b' }, maxPoints: 20, options: [opt(0, 0, { appliesTo: { producerTypes: ['household'] } }), opt(1, 20, { appliesTo: { producerTypes: ['cooperative'] } })] },
    { code: 'B.1.1', title: { vi: 'c' }, maxPoints: 25, options: [opt(0, 0), opt(1, 5, { minStar: 3 }), opt(2, 15), opt(3, 25, { minStar: 5 })] },
    { code: 'C.1.1', title: { vi: 'd' }, maxPoints: 15, options: [opt(0, 0), opt(1, 5), opt(2, 15)] },
    { code: 'C.1.2', title: { vi: 'e' }, maxPoints: 20, options: [opt(0, 0), opt(1, 4, { minStar: 3 }), opt(2, 12, { minStar: 4 }), opt(3, 20)] },
  ],
};
const SMALL_VERSION: ScoreSheetVersion = { ...v26, id: 'test', sheets: [SMALL] };

function combos(lists: number[][]): number[][] {
  return lists.reduce<number[][]>((acc, list) => acc.flatMap((c) => list.map((x) => [...c, x])), [[]]);
}

/** Cheapest (points, then changes) upgrade by trying every combination of options. */
function bruteForce(answers: number[], target: Star): { points: number; changes: number } | null {
  const lists = SMALL.criteria.map((c, i) => {
    const cur = c.options[answers[i]!]!;
    if (c.code === 'A.1.2') return [cur.position]; // the legal form stays
    return c.options.filter((o) => o.points >= cur.points).map((o) => o.position);
  });
  let best: { points: number; changes: number } | null = null;
  for (const pick of combos(lists)) {
    const r = classifyAnswers(SMALL_VERSION, SMALL, { answers: Object.fromEntries(SMALL.criteria.map((c, i) => [c.code, pick[i]!])) });
    if (r.star < target) continue;
    const points = SMALL.criteria.reduce((s, c, i) => s + c.options[pick[i]!]!.points - c.options[answers[i]!]!.points, 0);
    const changes = pick.filter((p, i) => p !== answers[i]).length;
    if (best === null || points < best.points || (points === best.points && changes < best.changes)) best = { points, changes };
  }
  return best;
}

describe('gap analysis is exact', () => {
  it('the small sheet is a valid sheet', () => {
    expect(checkScoreSheetVersion(SMALL_VERSION)).toEqual([]);
  });

  it('matches brute force for every starting point and every higher target', () => {
    const all = combos(SMALL.criteria.map((c) => c.options.map((o) => o.position)));
    let compared = 0;
    for (const answers of all) {
      const request = { answers: Object.fromEntries(SMALL.criteria.map((c, i) => [c.code, answers[i]!])) };
      const current = classifyAnswers(SMALL_VERSION, SMALL, request).star;
      for (let target = current + 1; target <= 5; target++) {
        const p = planUpgrade(SMALL_VERSION, SMALL, request, target as Star);
        const brute = bruteForce(answers, target as Star);
        expect(p.reachable, `${answers.join(',')} → ${target}★`).toBe(brute !== null);
        if (brute !== null) expect([p.pointsGained, p.steps.length], `${answers.join(',')} → ${target}★`).toEqual([brute.points, brute.changes]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('reports an unreachable target: a household cannot score the 20 points reserved for co-operatives', () => {
    // Household: at most 20 + 0 + 25 + 15 + 20 = 80 < 90.
    const p = planUpgrade(SMALL_VERSION, SMALL, { answers: { 'A.1.1': 0, 'A.1.2': 0, 'B.1.1': 1, 'C.1.1': 0, 'C.1.2': 1 } }, 5);
    expect([p.reachable, p.steps]).toEqual([false, []]);
  });
});
