import { describe, expect, it } from 'vitest';
import type { SheetDetail } from '../../api-evaluation.js';
import { legalFormsOf, optionFits, runningScore, sheetLayout } from './sheet-score.js';

const text = (vi: string) => ({ vi });
const SHEET: SheetDetail = {
  legalVersion: '26/2026/QĐ-TTg',
  versionId: '26-2026',
  starBands: [
    { star: 5, minPoints: 90 },
    { star: 4, minPoints: 70 },
    { star: 3, minPoints: 50 },
    { star: 2, minPoints: 30 },
    { star: 1, minPoints: 0 },
  ],
  producerTypes: [],
  sheet: {
    setNumber: 8,
    name: text('Thịt'),
    parts: [
      { code: 'A', title: text('A'), maxPoints: 60 },
      { code: 'C', title: text('C'), maxPoints: 40 },
    ],
    groups: [{ code: 'A.1', title: text('A.1'), maxPoints: 60 }],
    criteria: [
      {
        code: 'A.1.1',
        title: text('Nguồn nguyên liệu'),
        maxPoints: 60,
        options: [
          { position: 0, label: text('ít'), points: 10 },
          { position: 1, label: text('vừa'), points: 40, minStar: 4 },
          { position: 2, label: text('nhiều'), points: 60 },
        ],
      },
      {
        code: 'C.7',
        title: text('Độc đáo'),
        maxPoints: 40,
        options: [
          { position: 0, label: text('HTX'), points: 20, appliesTo: { producerTypes: ['cooperative'] } },
          { position: 1, label: text('DN'), points: 40, appliesTo: { producerTypes: ['llc_single_member'] } },
        ],
      },
    ],
  },
};

describe('running score of a score sheet', () => {
  it('adds the chosen points and finds the band', () => {
    const score = runningScore(SHEET, { 'A.1.1': 2, 'C.7': 0 });
    expect([score.total, score.maxTotal, score.bandStar, score.star, score.complete]).toEqual([80, 100, 4, 4, true]);
    expect(score.parts.map((part) => part.points)).toEqual([60, 20]);
  });

  it('caps the star below a marker that was missed', () => {
    const score = runningScore(SHEET, { 'A.1.1': 0, 'C.7': 1 });
    expect([score.total, score.bandStar, score.star]).toEqual([50, 3, 3]);
    expect(score.markersMissed.map((m) => [m.code, m.requiredStar])).toEqual([['A.1.1', 4]]);
  });

  it('counts only answered criteria while the sheet is incomplete', () => {
    const score = runningScore(SHEET, { 'C.7': 1 });
    expect([score.answered, score.criteria, score.complete, score.total]).toEqual([1, 2, false, 40]);
  });

  it('knows which options fit the producer type', () => {
    const [, c7] = SHEET.sheet.criteria;
    const forms = legalFormsOf('enterprise');
    expect(c7?.options.map((option) => optionFits(option, forms, null))).toEqual([false, true]);
    expect(c7?.options.map((option) => optionFits(option, legalFormsOf(null), null))).toEqual([true, true]);
  });

  it('lays criteria out under their part and group', () => {
    const layout = sheetLayout(SHEET);
    expect(layout.map((p) => [p.part.code, p.groups.map((g) => g.criteria.map((c) => c.code)), p.loose.map((c) => c.code)])).toEqual([
      ['A', [['A.1.1']], []],
      ['C', [], ['C.7']],
    ]);
  });
});
