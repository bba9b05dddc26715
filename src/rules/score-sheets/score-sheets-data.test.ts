import { describe, expect, it } from 'vitest';
import { findSheet, findVersion, versionInForce, vietnamDay } from '../../domain/scoring/library.js';
import type { Criterion, ScoreSheet, ScoreSheetVersion } from '../../domain/scoring/types.js';
import { loadScoreSheetLibrary, parseScoreSheetVersion, scoreSheetLibrary } from './index.js';

// Expected values come from the reference text (ocop-criteria.md: Part totals, group splits,
// star-marker counts per set, the set 1 marker summary, the source corrections), not from the
// converter's output. Totals are recomputed from the options, not read from maxPoints fields.

const library = scoreSheetLibrary();
const v26 = findVersion(library, '26/2026/QĐ-TTg')!;
const v1048 = findVersion(library, '1048/QĐ-TTg')!;
const sheet = (v: ScoreSheetVersion, n: number): ScoreSheet => findSheet(v, n)!;
const criterion = (s: ScoreSheet, code: string): Criterion => s.criteria.find((c) => c.code === code)!;
const best = (c: Criterion) => Math.max(...c.options.map((o) => o.points));
const partTotal = (s: ScoreSheet, part: string) => s.criteria.filter((c) => c.code.startsWith(`${part}.`)).reduce((t, c) => t + best(c), 0);
const groupTotal = (s: ScoreSheet, group: string) => s.criteria.filter((c) => c.code === group || c.code.startsWith(`${group}.`)).reduce((t, c) => t + best(c), 0);

function markerCounts(s: ScoreSheet): string {
  const n = { 3: 0, 4: 0, 5: 0 };
  for (const c of s.criteria) for (const o of c.options) if (o.minStar !== undefined) n[o.minStar]++;
  return `${n[3]}/${n[4]}/${n[5]}`;
}

function markedCodes(s: ScoreSheet, star: 3 | 4 | 5): string[] {
  return s.criteria.filter((c) => c.options.some((o) => o.minStar === star)).map((c) => c.code);
}

describe('score sheet files', () => {
  it('load both legal versions; 26/2026 is the one in force after 22 May 2026', () => {
    expect(library.versions.map((v) => v.legalVersion).sort()).toEqual(['1048/QĐ-TTg', '26/2026/QĐ-TTg']);
    expect(versionInForce(library, '2026-11-30')?.id).toBe('26-2026');
    expect(versionInForce(library, '2026-05-21')).toBeUndefined(); // the 148 era: no sheets held
    expect(versionInForce(library, '2021-01-01')?.id).toBe('1048-2019');
    expect(findVersion(library, '26/2026/QD-TTg')?.id).toBe('26-2026');
    // 22 May 2026 starts at 17:00 UTC on the 21st in Vietnam.
    expect(versionInForce(library, vietnamDay(new Date('2026-05-21T17:30:00Z')))?.id).toBe('26-2026');
  });

  it('26/2026: 26 sheets, every one 100 points with A 40, B 25, C 35', () => {
    expect(v26.sheets.map((s) => s.setNumber)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    for (const s of v26.sheets) {
      expect([partTotal(s, 'A'), partTotal(s, 'B'), partTotal(s, 'C')], `set ${s.setNumber}`).toEqual([40, 25, 35]);
      expect(s.parts.map((p) => p.maxPoints), `set ${s.setNumber}`).toEqual([40, 25, 35]);
    }
  });

  it('1048: every sheet kept is 100 points with A 35, B 25, C 40; the three short sheets are left out', () => {
    expect(v1048.sheets).toHaveLength(22);
    for (const n of [21, 23, 24]) expect(findSheet(v1048, n)).toBeUndefined();
    for (const s of v1048.sheets) {
      expect([partTotal(s, 'A'), partTotal(s, 'B'), partTotal(s, 'C')], `sheet ${s.setNumber}`).toEqual([35, 25, 40]);
    }
  });

  it('26/2026 group splits: 18/10/12 and 13/12 for food sets; drinks 17/11/12; handicraft and ornamentals 19/9/12', () => {
    for (const n of [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]) {
      const s = sheet(v26, n);
      expect(['A.1', 'A.2', 'A.3', 'B.4', 'B.5'].map((g) => groupTotal(s, g)), `set ${n}`).toEqual([18, 10, 12, 13, 12]);
    }
    for (const n of [14, 15, 16, 17]) expect(['A.1', 'A.2', 'A.3'].map((g) => groupTotal(sheet(v26, n), g)), `set ${n}`).toEqual([17, 11, 12]);
    for (const n of [21, 23, 24, 25]) expect(['A.1', 'A.2', 'A.3'].map((g) => groupTotal(sheet(v26, n), g)), `set ${n}`).toEqual([19, 9, 12]);
    expect(['A.1', 'A.2', 'A.3', 'B.4', 'B.5'].map((g) => groupTotal(sheet(v26, 26), g))).toEqual([14, 12, 14, 17, 8]);
  });

  it('star-marker counts per set match the reference (★3/★4/★5)', () => {
    const expected: Record<number, string> = { 2: '7/13/6', 3: '7/14/6', 7: '8/14/6', 14: '8/10/3', 17: '8/12/3', 18: '7/10/3', 21: '7/9/4', 22: '6/8/4', 23: '5/11/4' };
    for (const [n, counts] of Object.entries(expected)) expect(markerCounts(sheet(v26, Number(n))), `set ${n}`).toBe(counts);
  });

  it('set 1 carries the markers of the reference summary', () => {
    const s = sheet(v26, 1);
    expect(markedCodes(s, 3)).toEqual(['A.2.2', 'A.2.3', 'A.3.5', 'B.4.1', 'B.5.3', 'C.9', 'C.10']);
    expect(markedCodes(s, 4)).toEqual(['A.1.5', 'A.1.6', 'A.2.1', 'A.2.3', 'A.3.4', 'A.3.5', 'B.4.1', 'B.5.1', 'C.6.1', 'C.6.2', 'C.8', 'C.10']);
    expect(markedCodes(s, 5)).toEqual(['A.1.3', 'A.1.5', 'B.4.1']);
    // 1.5 contract linkage: none 0 / 50–<75 % 1 / >75 % 2 ★4 / >75 % and stable 12 months 3 ★5
    expect(criterion(s, 'A.1.5').options.map((o) => [o.points, o.minStar])).toEqual([[0, undefined], [1, undefined], [2, 4], [3, 5]]);
  });

  it('set 26 has markers only on 3.4 (★4) and 3.5 (★3, ★4), and two case lists on criteria 8, 9 and 15', () => {
    const s = sheet(v26, 26);
    expect(markerCounts(s)).toBe('1/2/0');
    expect([...markedCodes(s, 3), ...markedCodes(s, 4)]).toEqual(['A.3.5', 'A.3.4', 'A.3.5']);
    const cased = s.criteria.filter((c) => c.options.some((o) => o.appliesTo?.case !== undefined)).map((c) => c.code);
    expect(cased).toEqual(['C.8', 'C.9', 'C.15']);
    expect(criterion(s, 'C.8').options.map((o) => [o.appliesTo?.case, o.points])).toEqual([[1, 1], [1, 3], [2, 1], [2, 3]]);
  });

  it('keeps the source corrections and as-printed oddities', () => {
    expect(best(criterion(sheet(v26, 4), 'C.7'))).toBe(3); // printed 13
    expect(criterion(sheet(v26, 11), 'C.6.1.1').options.map((o) => o.points)).toEqual([0, 1, 2]); // middle printed 11
    expect(criterion(sheet(v26, 7), 'A.3.1').options.map((o) => o.points)).toEqual([1, 1, 3]); // kept as printed
    expect(criterion(sheet(v26, 23), 'C.6.2').options.map((o) => o.points)).toEqual([1, 1, 3, 5]);
  });

  it('scores the legal form in 3.1: household/farm/group 1, company 2, co-op or ≥ 51 % local JSC 3', () => {
    const c = criterion(sheet(v26, 1), 'A.3.1');
    expect(c.options.map((o) => [o.points, o.appliesTo?.producerTypes])).toEqual([
      [1, ['household', 'farm', 'cooperative_group']],
      [2, ['private_enterprise', 'llc_single_member', 'llc_multi_member', 'jsc_local_minority']],
      [3, ['cooperative', 'jsc_local_majority']],
    ]);
    expect(criterion(sheet(v26, 26), 'A.3.1').options[2]?.appliesTo?.producerTypes).toContain('other_organisation');
  });

  it('1048: no star markers, and 3.2 splits into a board-run list (1–2) and a household-head list (0–1)', () => {
    for (const s of v1048.sheets) expect(markerCounts(s), `sheet ${s.setNumber}`).toBe('0/0/0');
    const c = criterion(sheet(v1048, 15), 'A.3.2');
    expect(c.options.map((o) => o.points)).toEqual([1, 2, 0, 1]);
    expect(c.options[2]?.appliesTo?.producerTypes).toContain('household');
    expect(c.options[0]?.appliesTo?.producerTypes).not.toContain('household');
    // fresh produce colour/ripeness ran 0/1/3/5/8 under 1048
    expect(criterion(sheet(v1048, 15), 'C.6.2').options.map((o) => o.points)).toEqual([0, 1, 3, 5, 8]);
  });

  it('holds the star bands and certificate periods as data', () => {
    expect(v26.starBands).toEqual([{ star: 5, minPoints: 90 }, { star: 4, minPoints: 70 }, { star: 3, minPoints: 50 }, { star: 2, minPoints: 30 }, { star: 1, minPoints: 0 }]);
    expect(v26.certification).toEqual({ minimumStar: 3, validityMonths: 36, reevaluationFiling: { opensDaysBeforeExpiry: 180, closesDaysBeforeExpiry: 120 } });
    expect(v1048.starBands).toEqual(v26.starBands);
  });

  it('refuses a file whose sheet does not add up, naming the criterion', () => {
    const broken = structuredClone(v26);
    const first = broken.sheets[0]!.criteria[0]!;
    Object.assign(first.options[2]!, { points: 4 });
    expect(() => parseScoreSheetVersion(broken)).toThrow(/set 1: A.1.1: maximum is 3 but the best option scores 4/);
    expect(() => parseScoreSheetVersion({ ...v26, starBands: [] })).toThrow(/starBands/);
  });

  it('loads a new legal version from a new file alone', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'ocop-sheets-'));
    try {
      writeFileSync(join(dir, '26-2026.json'), JSON.stringify(v26));
      writeFileSync(join(dir, '99-2030.json'), JSON.stringify({ ...v26, id: '99-2030', legalVersion: '99/2030/QĐ-TTg', effectiveFrom: '2030-01-01' }));
      const lib = loadScoreSheetLibrary(pathToFileURL(`${dir}/`));
      expect(versionInForce(lib, '2030-06-01')?.legalVersion).toBe('99/2030/QĐ-TTg');
      expect(versionInForce(lib, '2029-06-01')?.legalVersion).toBe('26/2026/QĐ-TTg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
