import { describe, it, expect } from 'vitest';
import { loadUnitsData, parseUnitsData, unitCatalog } from './index.js';
import { predecessorsOf, unitsValidOn, type Unit } from '../../domain/units.js';

// Expected values come from the reference facts (NQ 1679/NQ-UBTVQH15 and the compiled table),
// not from the converter's output.

const data = loadUnitsData();
const catalog = unitCatalog();
const newUnits = data.units.filter((u) => u.level === 'commune' && u.validFrom === '2025-07-01');
const oldUnits = data.units.filter((u) => u.level === 'commune' && u.validTo === '2025-06-30');

function countBy(units: readonly Unit[], key: (u: Unit) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const u of units) counts[key(u)] = (counts[key(u)] ?? 0) + 1;
  return counts;
}

function oldUnit(name: string, districtCode: string): Unit {
  const found = oldUnits.filter((u) => u.name === name && u.parentId === `d-${districtCode}`);
  expect(found, `${name} in district ${districtCode}`).toHaveLength(1);
  return found[0]!;
}

function newUnit(name: string): Unit {
  const found = newUnits.filter((u) => u.name === name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

function formedFrom(name: string): string[] {
  return predecessorsOf(catalog, newUnit(name).id)
    .map((l) => `${l.unit.name}${l.partial ? ' (part)' : ''}`)
    .sort();
}

describe('units data file', () => {
  it('holds 241 units with unique ids and the province Quảng Ninh (22)', () => {
    expect(data.units).toHaveLength(241);
    expect(new Set(data.units.map((u) => u.id)).size).toBe(241);
    expect(data.province).toEqual({ id: '22', code: '22', name: 'Tỉnh Quảng Ninh' });
    expect(data.source).toContain('1679/NQ-UBTVQH15');
  });

  it('has 54 commune-level units from 1 July 2025: 30 wards, 22 communes, 2 special zones', () => {
    expect(newUnits).toHaveLength(54);
    expect(countBy(newUnits, (u) => u.type)).toEqual({ ward: 30, commune: 22, special_zone: 2 });
    expect(newUnits.every((u) => u.parentId === '22' && u.validTo === null && u.id === `new-${u.code}`)).toBe(true);
    expect(newUnits.every((u) => u.legalBasis?.includes('1679/NQ-UBTVQH15'))).toBe(true);
    expect(newUnits.map((u) => u.name)).toEqual(expect.arrayContaining(['Đặc khu Vân Đồn', 'Đặc khu Cô Tô', 'Phường Móng Cái 3']));
  });

  it('has 171 commune-level units until 30 June 2025: 91 xã, 73 phường, 7 thị trấn', () => {
    expect(oldUnits).toHaveLength(171);
    expect(countBy(oldUnits, (u) => u.type)).toEqual({ commune: 91, ward: 73, township: 7 });
    expect(oldUnits.every((u) => u.id === `old-${u.code}` && u.parentId?.startsWith('d-'))).toBe(true);
  });

  it('has the 13 district-level units of 2025 plus Hoành Bồ and Thị xã Đông Triều', () => {
    const districts = data.units.filter((u) => u.level === 'district');
    expect(districts).toHaveLength(15);
    expect(unitsValidOn(catalog, '2025-06-30', 'district')).toHaveLength(13);
    expect(countBy(unitsValidOn(catalog, '2025-06-30', 'district'), (u) => u.type)).toEqual({ city: 5, town: 1, district: 7 });
    // Before Đông Triều's upgrade: 4 cities, 2 towns, 7 districts.
    expect(countBy(unitsValidOn(catalog, '2024-10-31', 'district'), (u) => u.type)).toEqual({ city: 4, town: 2, district: 7 });
    expect(catalog.byId.get('d-204')).toMatchObject({ name: 'Huyện Hoành Bồ', validTo: '2019-12-31' });
    expect(catalog.byId.get('d-205')).toMatchObject({ name: 'Thành phố Đông Triều', type: 'city', validFrom: '2024-11-01' });
    expect(catalog.byId.get('d-205-2024-10-31')).toMatchObject({ name: 'Thị xã Đông Triều', type: 'town', code: '205' });
    expect(catalog.byId.get('d-199')?.name).toBe('Huyện Tiên Yên');
  });

  it('gives every old commune-level unit at least one 2025 successor', () => {
    const withEdges = new Set(data.succession.filter((s) => s.effective === '2025-07-01').map((s) => s.fromId));
    expect(oldUnits.filter((u) => !withEdges.has(u.id)).map((u) => u.name)).toEqual([]);
    expect(newUnits.filter((u) => predecessorsOf(catalog, u.id).length === 0).map((u) => u.name)).toEqual([]);
  });

  it('marks exactly the 12 split units as partial', () => {
    const split = new Set(data.succession.filter((s) => s.partial).map((s) => s.fromId));
    const names = oldUnits.filter((u) => split.has(u.id)).map((u) => `${u.name} / ${catalog.byId.get(u.parentId ?? '')?.name}`);
    expect(names.sort()).toEqual([
      'Phường Hà Khẩu / Thành phố Hạ Long',
      'Phường Trưng Vương / Thành phố Uông Bí',
      'Phường Đức Chính / Thành phố Đông Triều',
      'Xã Hải Hòa / Thành phố Cẩm Phả',
      'Xã Hải Lạng / Huyện Tiên Yên',
      'Xã Liên Hòa / Thị xã Quảng Yên',
      'Xã Quảng Long / Huyện Hải Hà',
      'Xã Vô Ngại / Huyện Bình Liêu',
      'Xã Yên Than / Huyện Tiên Yên',
      'Xã Đông Ngũ / Huyện Tiên Yên',
      'Xã Đại Dực / Huyện Tiên Yên',
      'Xã Đồng Lâm / Thành phố Hạ Long',
    ].sort());
  });

  it('matches rows of the resolution table', () => {
    expect(formedFrom('Xã Quảng La')).toEqual(['Xã Bằng Cả', 'Xã Dân Chủ', 'Xã Quảng La', 'Xã Tân Dân']);
    expect(formedFrom('Xã Hải Hòa')).toEqual(['Xã Hải Hòa (part)', 'Xã Hải Lạng (part)']);
    expect(formedFrom('Xã Điền Xá')).toEqual(['Xã Hà Lâu', 'Xã Yên Than (part)', 'Xã Điền Xá']);
    expect(formedFrom('Xã Tiên Yên')).toEqual([
      'Thị trấn Tiên Yên', 'Xã Phong Dụ', 'Xã Tiên Lãng', 'Xã Vô Ngại (part)', 'Xã Yên Than (part)',
      'Xã Đông Ngũ (part)', 'Xã Đại Dực (part)',
    ]);
    expect(formedFrom('Xã Ba Chẽ')).toEqual(['Thị trấn Ba Chẽ', 'Xã Hải Lạng (part)', 'Xã Nam Sơn', 'Xã Thanh Sơn', 'Xã Đồn Đạc']);
    expect(formedFrom('Đặc khu Cô Tô')).toEqual(['Thị trấn Cô Tô', 'Xã Thanh Lân', 'Xã Đồng Tiến']);
    expect(formedFrom('Đặc khu Vân Đồn')).toHaveLength(12);
    expect(formedFrom('Phường Móng Cái 3')).toEqual(['Phường Hải Yên', 'Xã Hải Đông']);
    expect(formedFrom('Xã Cái Chiên')).toEqual(['Xã Cái Chiên']);
  });

  it('uses the codes of the reference (new units re-use a predecessor code)', () => {
    expect(newUnit('Xã Tiên Yên').code).toBe('06862');
    expect(oldUnit('Thị trấn Tiên Yên', '199').code).toBe('06862');
    expect(newUnit('Xã Quảng La').code).toBe('07054');
    expect(newUnit('Đặc khu Cô Tô').code).toBe('07192');
    const reused = newUnits.filter((u) => predecessorsOf(catalog, u.id).some((l) => l.unit.code === u.code));
    expect(reused).toHaveLength(54);
  });

  it('records Hoành Bồ → Hạ Long and Thị xã → Thành phố Đông Triều', () => {
    expect(data.succession).toEqual(expect.arrayContaining([
      expect.objectContaining({ fromId: 'd-204', toId: 'd-193', partial: false, effective: '2020-01-01' }),
      expect.objectContaining({ fromId: 'd-205-2024-10-31', toId: 'd-205', partial: false, effective: '2024-11-01' }),
    ]));
  });

  it('rejects malformed data with the offending field', () => {
    const bad = { ...data, units: [{ ...data.units[0], type: 'hamlet' }] };
    expect(() => parseUnitsData(bad)).toThrow(/units\[0\]\.type|units\.0\.type/);
    expect(() => parseUnitsData({ ...data, extra: 1 })).toThrow(/extra/);
  });
});
