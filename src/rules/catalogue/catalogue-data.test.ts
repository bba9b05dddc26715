import { describe, expect, it } from 'vitest';
import { findProductSet, productSets } from '../../domain/scoring/catalogue.js';
import { findSheet, findVersion } from '../../domain/scoring/library.js';
import { scoreSheetLibrary } from '../score-sheets/index.js';
import { productCatalogue } from './index.js';

// Expected values from the classification table of 26/2026 Phụ lục I in ocop-criteria.md §1.

const catalogue = productCatalogue();
const ministriesOf = (n: number) => findProductSet(catalogue, n)!.set.ministries;

describe('product catalogue', () => {
  it('has 6 sectors, 17 groups and 26 product sets numbered 1–26', () => {
    expect(catalogue.sectors.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(catalogue.sectors.map((s) => s.groups.length)).toEqual([6, 2, 3, 2, 3, 1]);
    expect(productSets(catalogue).map((p) => p.set.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('places sets in their groups and sectors', () => {
    expect(findProductSet(catalogue, 8)?.group.name.vi).toBe('Thực phẩm chế biến');
    expect(findProductSet(catalogue, 12)?.group.name.vi).toBe('Chè');
    expect(findProductSet(catalogue, 16)?.group.name).toEqual({ vi: 'Đồ uống không cồn', en: 'Non-alcoholic beverages' });
    expect(findProductSet(catalogue, 25)?.sector.name.vi).toBe('Sinh vật cảnh'); // the ornamental sets count within the 26
    expect(findProductSet(catalogue, 26)?.sector.code).toBe('VI');
  });

  it('names the lead managing ministries', () => {
    expect(ministriesOf(1)).toEqual(['MAE']);
    expect(ministriesOf(5)).toEqual(['MOIT']);
    expect(ministriesOf(6)).toEqual(['MAE', 'MOIT']);
    expect(ministriesOf(16)).toEqual(['MOH']);
    expect(ministriesOf(20)).toEqual(['MOH', 'MOIT']);
    expect(ministriesOf(21)).toEqual(['MOIT', 'MAE']);
    expect(ministriesOf(26)).toEqual(['MOCST', 'MAE']);
    expect(catalogue.ministries.find((m) => m.code === 'MAE')?.name.vi).toBe('Bộ Nông nghiệp và Môi trường');
  });

  it('has an English name for every sector, group and set, and matches the 26/2026 sheets', () => {
    const v26 = findVersion(scoreSheetLibrary(), '26-2026')!;
    for (const { sector, group, set } of productSets(catalogue)) {
      expect([sector.name.en, group.name.en, set.name.en].every((t) => t !== undefined && t.length > 0)).toBe(true);
      expect(findSheet(v26, set.number)?.name.vi).toBe(set.name.vi);
    }
  });
});
