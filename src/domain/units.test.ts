import { describe, it, expect } from 'vitest';
import {
  buildUnitCatalog, currentUnitsFor, districtOf, findUnitsByName, isValidOn, predecessorsOf,
  successorsOf, unitContains, unitOnDate, unitsByCode, unitsValidOn, unitTypeFromName,
  type Unit, type UnitLink, type UnitsData,
} from './units.js';
import { foldVietnamese, matchesFolded } from './text.js';
import { unitCatalog } from '../rules/units/index.js';

// Real-data expectations come from the reference facts about NQ 1679/NQ-UBTVQH15.
const qn = unitCatalog();

function byName(name: string, when: 'old' | 'new', districtName?: string): Unit {
  const found = qn.units.filter((u) => u.name === name && u.id.startsWith(`${when}-`)
    && (districtName === undefined || districtOf(qn, u.id)?.name === districtName));
  expect(found, `${when} ${name}`).toHaveLength(1);
  return found[0]!;
}

function named(links: readonly UnitLink[]): string[] {
  return links.map((l) => `${l.unit.name}${l.partial ? ' (part)' : ''}`).sort();
}

const tienYenNew = byName('Xã Tiên Yên', 'new');
const dienXaNew = byName('Xã Điền Xá', 'new');
const haLau = byName('Xã Hà Lâu', 'old', 'Huyện Tiên Yên');
const yenThan = byName('Xã Yên Than', 'old', 'Huyện Tiên Yên');

describe('successorsOf', () => {
  it('maps a split unit to every unit it went into, each partial', () => {
    expect(named(successorsOf(qn, yenThan.id))).toEqual(['Xã Tiên Yên (part)', 'Xã Điền Xá (part)']);
    expect(named(successorsOf(qn, byName('Xã Hải Lạng', 'old').id)))
      .toEqual(['Xã Ba Chẽ (part)', 'Xã Hải Hòa (part)', 'Xã Hải Lạng (part)']);
  });

  it('maps whole units to their single new unit', () => {
    expect(successorsOf(qn, haLau.id)).toEqual([{ unit: dienXaNew, partial: false }]);
    expect(successorsOf(qn, byName('Thị trấn Tiên Yên', 'old').id)).toEqual([{ unit: tienYenNew, partial: false }]);
    expect(named(successorsOf(qn, byName('Xã Cái Chiên', 'old').id))).toEqual(['Xã Cái Chiên']);
  });

  it('returns a unit that is still valid itself', () => {
    expect(successorsOf(qn, tienYenNew.id)).toEqual([{ unit: tienYenNew, partial: false }]);
    expect(successorsOf(qn, haLau.id, '2025-06-30')).toEqual([{ unit: haLau, partial: false }]);
    expect(successorsOf(qn, haLau.id, '2025-07-01')).toEqual([{ unit: dienXaNew, partial: false }]);
    expect(successorsOf(qn, '22')).toEqual([{ unit: qn.province, partial: false }]);
  });

  it('resolves abolished districts through their communes', () => {
    expect(named(successorsOf(qn, 'd-207'))).toEqual(['Đặc khu Cô Tô']);
    expect(named(successorsOf(qn, 'd-203'))).toEqual(['Đặc khu Vân Đồn']);
    expect(named(successorsOf(qn, 'd-199'))).toEqual([
      'Xã Ba Chẽ (part)', 'Xã Hải Hòa (part)', 'Xã Hải Lạng (part)', 'Xã Tiên Yên (part)',
      'Xã Điền Xá (part)', 'Xã Đông Ngũ (part)',
    ]);
  });

  it('follows earlier district events transitively', () => {
    expect(successorsOf(qn, 'd-204', '2020-01-01').map((l) => l.unit.id)).toEqual(['d-193']);
    const hoanhBoNow = named(successorsOf(qn, 'd-204'));
    expect(hoanhBoNow).toEqual(expect.arrayContaining(['Phường Hoành Bồ (part)', 'Xã Quảng La (part)']));
    expect(successorsOf(qn, 'd-205-2024-10-31', '2025-01-01').map((l) => l.unit.id)).toEqual(['d-205']);
    expect(named(successorsOf(qn, 'd-205-2024-10-31'))).toContain('Phường Mạo Khê (part)');
  });

  it('returns nothing for a date before the unit existed', () => {
    expect(successorsOf(qn, tienYenNew.id, '2025-06-30')).toEqual([]);
  });
});

describe('predecessorsOf', () => {
  it('lists the units a new unit was formed from, with their partial flag', () => {
    expect(named(predecessorsOf(qn, dienXaNew.id))).toEqual(['Xã Hà Lâu', 'Xã Yên Than (part)', 'Xã Điền Xá']);
    expect(predecessorsOf(qn, haLau.id)).toEqual([]);
  });
});

describe('unitOnDate', () => {
  it('is the unit itself while it is valid', () => {
    expect(unitOnDate(qn, dienXaNew.id, '2025-07-01')).toEqual([{ unit: dienXaNew, partial: false }]);
    expect(unitOnDate(qn, haLau.id, '2025-06-30')).toEqual([{ unit: haLau, partial: false }]);
  });

  it('is the predecessors before 1 July 2025 and the successors after', () => {
    expect(named(unitOnDate(qn, dienXaNew.id, '2025-06-30'))).toEqual(['Xã Hà Lâu', 'Xã Yên Than (part)', 'Xã Điền Xá']);
    expect(unitOnDate(qn, dienXaNew.id, '2025-06-30').every((l) => l.unit.id.startsWith('old-'))).toBe(true);
    expect(unitOnDate(qn, haLau.id, '2025-07-01')).toEqual([{ unit: dienXaNew, partial: false }]);
  });

  it('goes back through earlier district events', () => {
    expect(unitOnDate(qn, 'd-205', '2024-10-31').map((l) => l.unit.name)).toEqual(['Thị xã Đông Triều']);
    expect(unitOnDate(qn, 'd-204', '2019-06-01').map((l) => l.unit.id)).toEqual(['d-204']);
  });

  it('rejects malformed dates', () => {
    expect(() => unitOnDate(qn, haLau.id, '2025-7-1')).toThrow(RangeError);
  });
});

describe('validity', () => {
  it('treats validFrom and validTo as inclusive', () => {
    expect(isValidOn(haLau, '2025-06-30')).toBe(true);
    expect(isValidOn(haLau, '2025-07-01')).toBe(false);
    expect(isValidOn(dienXaNew, '2025-07-01')).toBe(true);
    expect(isValidOn(dienXaNew, '2025-06-30')).toBe(false);
  });

  it('lists the units valid on a date, optionally by level', () => {
    expect(unitsValidOn(qn, '2025-07-01', 'commune')).toHaveLength(54);
    expect(unitsValidOn(qn, '2025-06-30', 'commune')).toHaveLength(171);
    expect(unitsValidOn(qn, '2025-07-01', 'district')).toEqual([]);
    expect(unitsValidOn(qn, '2025-07-01')).toHaveLength(55);
  });

  it('resolves any id to the units valid at the latest state or on a date', () => {
    expect(currentUnitsFor(qn, haLau.id).map((u) => u.id)).toEqual([dienXaNew.id]);
    expect(currentUnitsFor(qn, dienXaNew.id).map((u) => u.id)).toEqual([dienXaNew.id]);
    expect(currentUnitsFor(qn, dienXaNew.id, '2025-01-01').map((u) => u.name).sort()).toEqual(['Xã Hà Lâu', 'Xã Yên Than', 'Xã Điền Xá']);
  });
});

describe('codes re-used by new units', () => {
  it('keeps old and new Xã Hải Hòa (06799) apart', () => {
    const units = unitsByCode(qn, '06799');
    expect(units.map((u) => u.id).sort()).toEqual(['new-06799', 'old-06799']);
    expect(units.every((u) => u.name === 'Xã Hải Hòa')).toBe(true);
    expect(districtOf(qn, 'old-06799')?.name).toBe('Thành phố Cẩm Phả');
    expect(named(successorsOf(qn, 'old-06799'))).toEqual(['Xã Hải Hòa (part)', 'Xã Hải Lạng (part)']);
  });
});

describe('hierarchy', () => {
  it('finds the district of an old commune, none for new units', () => {
    expect(districtOf(qn, haLau.id)?.id).toBe('d-199');
    expect(districtOf(qn, 'd-199')?.id).toBe('d-199');
    expect(districtOf(qn, dienXaNew.id)).toBeUndefined();
  });

  it('answers containment by parent links', () => {
    expect(unitContains(qn, '22', haLau.id)).toBe(true);
    expect(unitContains(qn, 'd-199', haLau.id)).toBe(true);
    expect(unitContains(qn, 'd-199', 'old-06799')).toBe(false);
    expect(unitContains(qn, dienXaNew.id, dienXaNew.id)).toBe(true);
    expect(unitContains(qn, dienXaNew.id, haLau.id)).toBe(false);
    expect(unitContains(qn, '22', dienXaNew.id)).toBe(true);
    expect(() => unitContains(qn, 'nope', haLau.id)).toThrow(/Unknown administrative unit/);
  });
});

describe('findUnitsByName', () => {
  it('ignores diacritics, case and spacing', () => {
    expect(findUnitsByName(qn, 'tien yen').map((u) => u.id)).toContain(tienYenNew.id);
    expect(findUnitsByName(qn, 'dam ha').map((u) => u.name)).toContain('Xã Đầm Hà');
    expect(findUnitsByName(qn, '  ĐẦM   HÀ ', { validOn: '2025-07-01' }).map((u) => u.name)).toEqual(['Xã Đầm Hà']);
    expect(findUnitsByName(qn, 'tien yen', { validOn: '2025-07-01' })).toEqual([tienYenNew]);
  });

  it('puts exact name matches first and matches nothing for a blank query', () => {
    // "quang ha" is also inside "Quang Hanh", which comes earlier in data order.
    const quangHa = findUnitsByName(qn, 'quang ha').map((u) => u.name);
    expect(quangHa.slice(0, 2).sort()).toEqual(['Thị trấn Quảng Hà', 'Xã Quảng Hà']);
    expect(quangHa.slice(2)).toContain('Phường Quang Hanh');
    expect(findUnitsByName(qn, 'xa hai hoa', { validOn: '2025-07-01' }).map((u) => u.name)).toEqual(['Xã Hải Hòa']);
    expect(findUnitsByName(qn, 'hoa', { level: 'district' }).map((u) => u.name)).toEqual(['Huyện Hoành Bồ']);
    expect(findUnitsByName(qn, '   ')).toEqual([]);
  });
});

describe('text folding', () => {
  it('strips Vietnamese diacritics including đ', () => {
    expect(foldVietnamese('Đặc khu Cô Tô')).toBe('dac khu co to');
    expect(foldVietnamese('Xã Đầm Hà')).toBe('xa dam ha');
    expect(foldVietnamese('Phường Hoà')).toBe(foldVietnamese('Phường Hòa'));
    expect(matchesFolded('Xã Tiên Yên', 'TIEN yen')).toBe(true);
    expect(matchesFolded('Xã Tiên Yên', '')).toBe(false);
  });

  it('maps Vietnamese type words to unit types', () => {
    expect(unitTypeFromName('Thị trấn Tiên Yên')).toBe('township');
    expect(unitTypeFromName('Thị xã Quảng Yên')).toBe('town');
    expect(unitTypeFromName('Đặc khu Vân Đồn')).toBe('special_zone');
    expect(unitTypeFromName('Tiên Yên')).toBeUndefined();
  });
});

// Small synthetic catalogs pin down the semantics independently of Quảng Ninh's data.
function fixture(succession: UnitsData['succession'], extra: Unit[] = []): UnitsData {
  const unit = (id: string, validFrom: string | null, validTo: string | null): Unit => ({
    id, code: id, name: `Xã ${id}`, type: 'commune', level: 'commune', parentId: 'p', validFrom, validTo,
  });
  return {
    source: 'test',
    province: { id: 'p', code: 'p', name: 'Tỉnh P' },
    units: [
      { id: 'p', code: 'p', name: 'Tỉnh P', type: 'province', level: 'province', parentId: null, validFrom: null, validTo: null },
      unit('a', null, '2000-12-31'), unit('b', '2001-01-01', '2010-12-31'), unit('c', '2001-01-01', '2010-12-31'),
      unit('d', '2011-01-01', null), ...extra,
    ],
    succession,
  };
}

describe('succession semantics (synthetic data)', () => {
  const edge = (fromId: string, toId: string, partial: boolean, effective: string) => ({ fromId, toId, partial, effective });

  it('is transitive and partial if any step is partial', () => {
    const cat = buildUnitCatalog(fixture([edge('a', 'b', true, '2001-01-01'), edge('b', 'd', false, '2011-01-01')]));
    expect(successorsOf(cat, 'a').map((l) => [l.unit.id, l.partial])).toEqual([['d', true]]);
    expect(successorsOf(cat, 'a', '2005-01-01').map((l) => [l.unit.id, l.partial])).toEqual([['b', true]]);
    expect(unitOnDate(cat, 'd', '1999-01-01').map((l) => [l.unit.id, l.partial])).toEqual([['a', true]]);
  });

  it('stays partial when a split re-merges (conservative)', () => {
    const cat = buildUnitCatalog(fixture([
      edge('a', 'b', true, '2001-01-01'), edge('a', 'c', true, '2001-01-01'),
      edge('b', 'd', false, '2011-01-01'), edge('c', 'd', false, '2011-01-01'),
    ]));
    expect(successorsOf(cat, 'a').map((l) => [l.unit.id, l.partial])).toEqual([['d', true]]);
  });

  it('refuses inconsistent data', () => {
    expect(() => buildUnitCatalog(fixture([edge('d', 'a', false, '2011-01-01')]))).toThrow(/has not ended/);
    expect(() => buildUnitCatalog(fixture([edge('a', 'x', false, '2001-01-01')]))).toThrow(/unknown unit/);
    expect(() => buildUnitCatalog(fixture([edge('a', 'b', false, '1990-01-01')]))).toThrow(/has not ended/);
    const orphan: Unit = { id: 'o', code: 'o', name: 'Xã O', type: 'commune', level: 'commune', parentId: 'zz', validFrom: null, validTo: null };
    expect(() => buildUnitCatalog(fixture([], [orphan]))).toThrow(/parent "zz"/);
    expect(() => buildUnitCatalog(fixture([], [{ ...orphan, id: 'a', parentId: 'p' }]))).toThrow(/not unique/);
  });
});
