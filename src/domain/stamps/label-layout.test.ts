import { describe, expect, it } from 'vitest';
import { type LabelLayout, MM, contentBox, labelSlot, labelsPerPage, layoutProblems, pageCount, pageSizePt } from './label-layout.js';

const A4_3X8: LabelLayout = {
  id: 'a4-3x8', name: { vi: 'x', en: 'x' }, kind: 'sheet', stock: 'test',
  pageMm: { width: 210, height: 297 }, labelMm: { width: 70, height: 37 }, columns: 3, rows: 8,
  marginMm: { top: 0.5, left: 0 }, gapMm: { x: 0, y: 0 }, paddingMm: 3,
};
const A4_5X13: LabelLayout = {
  ...A4_3X8, id: 'a4-5x13', labelMm: { width: 38.1, height: 21.2 }, columns: 5, rows: 13, marginMm: { top: 10.7, left: 4.75 }, gapMm: { x: 2.5, y: 0 }, paddingMm: 1.4,
};

describe('label grid geometry', () => {
  it('converts millimetres to points (1 in = 25.4 mm = 72 pt)', () => {
    expect(MM * 25.4).toBeCloseTo(72, 10);
    expect(pageSizePt(A4_3X8)).toEqual({ width: expect.closeTo(595.28, 2), height: expect.closeTo(841.89, 2) });
  });

  it('fills row by row from the top left', () => {
    expect(labelSlot(A4_3X8, 0)).toMatchObject({ page: 0, row: 0, column: 0, x: 0, y: expect.closeTo(0.5 * MM, 6) });
    expect(labelSlot(A4_3X8, 4)).toMatchObject({ page: 0, row: 1, column: 1, x: expect.closeTo(70 * MM, 6), y: expect.closeTo(37.5 * MM, 6) });
    expect(labelSlot(A4_3X8, 23)).toMatchObject({ page: 0, row: 7, column: 2, indexOnPage: 23 });
    expect(labelSlot(A4_3X8, 24)).toMatchObject({ page: 1, row: 0, column: 0, indexOnPage: 0 });
    // 5 × 13 with 2.5 mm gutters: the second column starts at 4.75 + 38.1 + 2.5 mm.
    expect(labelSlot(A4_5X13, 6).x).toBeCloseTo(45.35 * MM, 6);
    expect(labelSlot(A4_5X13, 6).y).toBeCloseTo(31.9 * MM, 6);
  });

  it('needs ceil(labels / per page) pages, and one page for an empty job', () => {
    expect(labelsPerPage(A4_3X8)).toBe(24);
    expect([0, 1, 24, 25, 48, 49].map((n) => pageCount(A4_3X8, n))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(pageCount(A4_5X13, 10_000)).toBe(154);
  });

  it('keeps the printable box inside its label by the padding', () => {
    const slot = labelSlot(A4_3X8, 7);
    const box = contentBox(A4_3X8, slot);
    expect(box.x - slot.x).toBeCloseTo(3 * MM, 6);
    expect(slot.x + slot.width - (box.x + box.width)).toBeCloseTo(3 * MM, 6);
    expect(box.height).toBeCloseTo(31 * MM, 6);
  });

  it('finds grids that do not fit their page', () => {
    expect(layoutProblems(A4_3X8)).toEqual([]);
    expect(layoutProblems({ ...A4_3X8, marginMm: { top: 0.5, left: 1 } })[0]).toMatch(/211\.00 mm wide/);
    expect(layoutProblems({ ...A4_3X8, rows: 9 })[0]).toMatch(/tall/);
    expect(layoutProblems({ ...A4_3X8, kind: 'roll' })).toEqual(['a4-3x8: a roll layout prints one label per page']);
  });
});
