import { describe, expect, it } from 'vitest';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import { type ClassifyRequest } from './answers.js';
import { type Classification, bandFor, classifyAnswers } from './classify.js';
import { SET11_TEA, SET15_1048_HOUSEHOLD, SET1_TOP, SET1_TYPICAL, SET26_COMMUNITY, SET8_COOPERATIVE, withChanges } from './hand-worked.fixture.js';
import { findSheet, findVersion } from './library.js';

// Expected totals and stars are worked out by hand from the sheets (see hand-worked.fixture.ts
// and the comments below), not copied from the code's output.

const library = scoreSheetLibrary();

function classify(version: string, set: number, request: ClassifyRequest): Classification {
  const v = findVersion(library, version)!;
  return classifyAnswers(v, findSheet(v, set)!, request);
}
const c26 = (set: number, answers: Record<string, number>, extra: Omit<ClassifyRequest, 'answers'> = {}) => classify('26-2026', set, { answers, ...extra });
const parts = (r: Classification) => r.parts.map((p) => [p.code, p.points, p.maxPoints]);
const missed = (r: Classification) => r.markersMissed.map((m) => `${m.code}★${m.requiredStar}${m.binding ? '' : ' (not binding)'}`);

describe('star bands', () => {
  it('follow 26/2026 Điều 3.3, fractional averages included', () => {
    const bands = findVersion(library, '26-2026')!.starBands;
    const star = (score: number) => bandFor(bands, score).star;
    expect([0, 29, 29.99, 30, 49, 50, 69.5, 70, 89, 89.5, 90, 100].map(star)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5]);
    expect(bandFor(bands, 75)).toEqual({ star: 4, minPoints: 70, belowPoints: 90 });
    expect(bandFor(bands, 95)).toEqual({ star: 5, minPoints: 90, belowPoints: null });
  });
});

describe('classification of hand-worked products', () => {
  it('set 1, best option everywhere: 100 points, 5★', () => {
    const r = c26(1, { ...SET1_TOP });
    expect(r.total).toBe(100);
    expect(parts(r)).toEqual([['A', 40, 40], ['B', 25, 25], ['C', 35, 35]]);
    expect([r.band.star, r.star, r.certified, r.markersMissed]).toEqual([5, 5, true, []]);
    expect(r.producerTypes).toEqual(['jsc_local_majority', 'cooperative']); // 3.1 option 2
  });

  it('set 1, a household grower: 28 + 12 + 24 = 64, 3★; the 4★ and 5★ markers it misses do not bind', () => {
    const r = c26(1, { ...SET1_TYPICAL }, { producerType: 'household' });
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([64, 3, 3, true]);
    expect(parts(r)).toEqual([['A', 28, 40], ['B', 12, 25], ['C', 24, 35]]);
    expect(missed(r)).toEqual(['B.5.1★4 (not binding)', 'A.1.3★5 (not binding)', 'A.1.5★5 (not binding)', 'B.4.1★5 (not binding)']);
    const story = r.markersMissed[0]!;
    expect([story.chosen.points, story.required.points, story.required.position]).toEqual([2, 5, 4]);
  });

  it('set 8, squid cake from a co-operative: 33 + 21 + 29 = 83, 4★', () => {
    const r = c26(8, { ...SET8_COOPERATIVE }, { producerType: 'cooperative' });
    expect([r.total, r.band.star, r.star]).toEqual([83, 4, 4]);
    expect(parts(r)).toEqual([['A', 33, 40], ['B', 21, 25], ['C', 29, 35]]);
    expect(missed(r)).toEqual(['C.6.5★5 (not binding)']);
  });

  it('set 11, tea below the 3★ minimum on raw material: 19 + 12 + 21 = 52, reported 2★, not certified', () => {
    const r = c26(11, { ...SET11_TEA });
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([52, 3, 2, false]);
    expect(parts(r)).toEqual([['A', 19, 40], ['B', 12, 25], ['C', 21, 35]]);
    expect(r.markersMissed.filter((m) => m.binding).map((m) => [m.code, m.requiredStar, m.required.label.vi])).toEqual([
      ['A.1.1', 3, 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%'],
    ]);
  });

  it('set 26, community tourism (case 1): 33 + 16 + 26 = 75, 4★, case inferred from criteria 8, 9, 15', () => {
    const r = c26(26, { ...SET26_COMMUNITY });
    expect([r.total, r.star, r.providerCase]).toEqual([75, 4, 1]);
    expect(parts(r)).toEqual([['A', 33, 40], ['B', 16, 25], ['C', 26, 35]]);
    // The same service as a tourist site (case 2): 8 → "meets conditions and recognised" 3, 9 → 1, 15 → 3.
    const site = c26(26, withChanges(SET26_COMMUNITY, { 'C.8': 3, 'C.9': 2, 'C.15': 3 }), { case: 2 });
    expect([site.total, site.star, site.providerCase]).toEqual([75, 4, 2]);
  });

  it('1048 fresh produce from a household: 19 + 10 + 25 = 54, 3★ by band alone', () => {
    const r = classify('1048/QĐ-TTg', 15, { answers: { ...SET15_1048_HOUSEHOLD } });
    expect([r.total, r.maxTotal, r.star, r.legalVersion]).toEqual([54, 100, 3, '1048/QĐ-TTg']);
    expect(parts(r)).toEqual([['A', 19, 35], ['B', 10, 25], ['C', 25, 40]]);
    expect(r.producerTypes).toEqual(['household', 'private_enterprise', 'llc_single_member']); // 3.1 ∩ 3.2 lists
  });
});

describe('star markers', () => {
  // From SET1_TOP (100): 1.5 → option 2 ">75 % contracts" (2, ★4 only): −1 = 99; 1.2 → none: −2 = 97;
  // 4.3 → option 2: −3 = 94; 4.2 → option 1: −2 = 92.
  const ninetyTwo = withChanges(SET1_TOP, { 'A.1.5': 2, 'A.1.2': 0, 'B.4.3': 2, 'B.4.2': 1 });

  it('92 points missing a 5★ marker is 4★', () => {
    const r = c26(1, ninetyTwo);
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([92, 5, 4, true]);
    expect(parts(r)).toEqual([['A', 37, 40], ['B', 20, 25], ['C', 35, 35]]);
    expect(r.markersMissed.map((m) => [m.code, m.requiredStar, m.required.position, m.chosen.position, m.binding])).toEqual([['A.1.5', 5, 3, 2, true]]);
  });

  it('92 points also missing a 4★ marker is 3★', () => {
    // Keep 4.2 at 3 (+2) and take colour 6.2 down to option 2 (2 points, below its ★4 level 3): −2. Still 92.
    const r = c26(1, withChanges(ninetyTwo, { 'B.4.2': 3, 'C.6.2': 2 }));
    expect([r.total, r.band.star, r.star]).toEqual([92, 5, 3]);
    expect(missed(r)).toEqual(['C.6.2★4', 'A.1.5★5']);
  });

  it('missing a 3★ marker leaves even 98 points uncertified, reported as 2★', () => {
    // Packaging 2.2 → "simple packaging" (1), below the ★3 level "creative" (2): 100 − 2 = 98.
    const r = c26(1, withChanges(SET1_TOP, { 'A.2.2': 1 }));
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([98, 5, 2, false]);
    expect(missed(r)).toEqual(['A.2.2★3']);
  });

  it('a "not met" level below a marked lowest option makes the minimum missable', () => {
    // Set 1 criterion 10: the lowest printed level (food-safety certificate, ★3) is option 1; option 0 = none: 100 − 5 = 95.
    const r = c26(1, withChanges(SET1_TOP, { 'C.10': 0 }));
    expect([r.total, r.star]).toEqual([95, 2]);
    expect(r.markersMissed.map((m) => m.requiredStar)).toEqual([3, 4]);
  });

  it('below 30 points a product is 1★, whatever it misses', () => {
    // The lowest option everywhere in set 1: A 1+0+1+1+0+0+0 +0+0+0+0 +1+0+1+1+0 = 6, B 1, C 1+1 = 2 → 9.
    const lowest = Object.fromEntries(Object.keys(SET1_TOP).map((k) => [k, 0]));
    const r = c26(1, lowest, { producerType: 'household' });
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([9, 1, 1, false]);
    expect(r.markersMissed.every((m) => !m.binding)).toBe(true);
  });

  it('a 2★ band is not lowered further: 45 points missing a 3★ marker stays 2★', () => {
    // SET1_TYPICAL (64) with 2.2 → 1 (−1, misses ★3), 4.1 → 0 (−2, misses ★3), 5.3 → 1 (−2), 6.2 → 1 (−2),
    // 6.4 → 0 (−3), 8 → 1 (−2), 9 → 1 (−2), 1.1 → 0 (−2), 3.3 → 0 (−2), 1.2 → 0 (−1): 64 − 19 = 45.
    const r = c26(1, withChanges(SET1_TYPICAL, { 'A.2.2': 1, 'B.4.1': 0, 'B.5.3': 1, 'C.6.2': 1, 'C.6.4': 0, 'C.8': 1, 'C.9': 1, 'A.1.1': 0, 'A.3.3': 0, 'A.1.2': 0 }));
    expect([r.total, r.band.star, r.star]).toEqual([45, 2, 2]);
    expect(r.markersMissed.filter((m) => m.requiredStar === 3).map((m) => [m.code, m.binding])).toEqual([['A.2.2', false], ['B.4.1', false]]);
  });
});

describe('options that end the evaluation', () => {
  it('set 16: 0 on a sensory indicator stops the evaluation, so the product is not certified', () => {
    const v = findVersion(library, '26-2026')!;
    const sheet = findSheet(v, 16)!;
    // Best option everywhere (100), then 6.1 foreign matter → "present" (0): 97.
    const top = Object.fromEntries(sheet.criteria.map((c) => [c.code, c.options.length - 1]));
    const r = classifyAnswers(v, sheet, { answers: { ...top, 'C.6.1': 0 } });
    expect([r.total, r.band.star, r.star, r.certified]).toEqual([97, 5, 2, false]);
    expect(r.stoppedAt.map((s) => s.code)).toEqual(['C.6.1']);
    expect(classifyAnswers(v, sheet, { answers: top }).star).toBe(5);
  });
});

describe('producer types', () => {
  it('accept the registry\'s coarse types: an enterprise may be a ≥ 51 % local joint-stock company scoring 3 in 3.1', () => {
    const r = c26(1, { ...SET1_TOP }, { producerType: 'enterprise' });
    expect([r.total, r.producerTypes]).toEqual([100, ['jsc_local_majority']]);
  });

  it('score 3.1 by the legal form: the same product is 98 for a household and 99 for a company', () => {
    expect(c26(1, withChanges(SET1_TOP, { 'A.3.1': 0 }), { producerType: 'farm' }).total).toBe(98);
    expect(c26(1, withChanges(SET1_TOP, { 'A.3.1': 1 }), { producerType: 'llc_single_member' }).total).toBe(99);
  });
});
