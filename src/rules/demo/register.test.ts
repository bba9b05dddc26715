import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Checks the generated demo register (scripts/build-demo-register.ts) against its inputs: the
// units file, the product catalogue and the foundation demo file. Expected figures come from
// the brief (Quảng Ninh's 2025 OCOP star counts), not from the generator.

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const Producer = z.object({
  key: z.string(),
  name: z.string(),
  type: z.enum(['enterprise', 'cooperative', 'cooperative_group', 'household']),
  taxCode: z.string(),
  unitId: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  foundedYear: z.number().int(),
  representative: z.object({ name: z.string(), woman: z.boolean(), ethnicMinority: z.boolean(), disability: z.boolean() }),
  employees: z.object({ total: z.number().int(), women: z.number().int(), ethnicMinority: z.number().int() }),
});
const Day = z.iso.date();
const Product = z.object({
  key: z.string(),
  producerKey: z.string(),
  setNumber: z.number().int(),
  nameVi: z.string(),
  nameEn: z.string(),
  descriptionVi: z.string(),
  descriptionEn: z.string(),
  storyVi: z.string(),
  gtin: z.string().nullable(),
  priceVnd: z.number().int().positive(),
  packaging: z.string(),
  capacity: z.object({ amount: z.number().positive(), unit: z.string() }),
  rawMaterialAreaHa: z.number().nullable(),
  salesPoints: z.array(z.object({ name: z.string(), address: z.string(), kind: z.enum(['shop', 'supermarket', 'fair', 'online']) })),
  qualityCertificates: z.array(
    z.object({
      kind: z.enum(['vietgap', 'organic', 'food_safety', 'iso22000', 'haccp', 'other']),
      number: z.string(),
      issuer: z.string(),
      issuedOn: Day,
      validUntil: Day,
    }),
  ),
  star: z.union([z.literal(3), z.literal(4), z.literal(5)]).nullable(),
  certifiedOn: Day.nullable(),
  status: z.enum(['certified', 'developing', 'submitted']),
});
const Register = z.object({
  note: z.string().startsWith('DEMO DATA'),
  seed: z.number(),
  generatedBy: z.literal('scripts/build-demo-register.ts'),
  producers: z.array(Producer),
  products: z.array(Product),
});
const Units = z.object({
  units: z.array(z.object({ id: z.string(), level: z.string(), validFrom: z.string().nullable() })),
  succession: z.array(z.object({ fromId: z.string(), toId: z.string() })),
});
const Catalogue = z.object({ sectors: z.array(z.object({ groups: z.array(z.object({ sets: z.array(z.object({ number: z.number() })) })) })) });
const Foundation = z.object({
  producers: z.array(z.object({ key: z.string(), name: z.string(), type: z.string(), taxCode: z.string(), unitId: z.string(), address: z.string(), representative: z.string() })),
});

const register = Register.parse(read('./register.json'));
const units = Units.parse(read('../units/quang-ninh.json'));
const catalogue = Catalogue.parse(read('../catalogue/product-catalogue.json'));
const foundation = Foundation.parse(read('./foundation.json'));

const foundationKeys = new Set(foundation.producers.map((p) => p.key));
const generated = register.producers.filter((p) => !foundationKeys.has(p.key));

function validTaxCode(code: string): boolean {
  if (!/^\d{10}$/.test(code)) return false;
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((s, w, i) => s + w * Number(code[i]), 0);
  const check = 10 - (sum % 11);
  return check !== 10 && check === Number(code[9]);
}

function validGtin13(gtin: string): boolean {
  if (!/^\d{13}$/.test(gtin)) return false;
  const body = gtin.slice(0, 12);
  const sum = [...body].reverse().reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === Number(gtin[12]);
}

function count<T>(items: readonly T[], pred: (item: T) => boolean): number {
  return items.filter(pred).length;
}

describe('demo register', () => {
  it('has 326 three-star, 103 four-star, 8 five-star and 8 uncertified products (445)', () => {
    const { products } = register;
    expect(products).toHaveLength(445);
    expect(count(products, (p) => p.star === 3 && p.status === 'certified')).toBe(326);
    expect(count(products, (p) => p.star === 4 && p.status === 'certified')).toBe(103);
    expect(count(products, (p) => p.star === 5 && p.status === 'certified')).toBe(8);
    const open = products.filter((p) => p.status !== 'certified');
    expect(open).toHaveLength(8);
    for (const p of open) expect([p.star, p.certifiedOn]).toEqual([null, null]);
    for (const p of products.filter((q) => q.status === 'certified')) {
      const on = p.certifiedOn ?? '';
      expect(on >= '2023-06-01' && on <= '2026-10-31', p.key).toBe(true);
    }
  });

  it('has about 250 producers of all four types, each with 1–4 products', () => {
    const { producers, products } = register;
    expect(producers.length).toBeGreaterThanOrEqual(240);
    expect(producers.length).toBeLessThanOrEqual(260);
    const types: readonly string[] = ['enterprise', 'cooperative', 'cooperative_group', 'household'];
    for (const type of types) {
      expect(count(producers, (p) => p.type === type), type).toBeGreaterThan(0);
    }
    for (const p of producers) {
      const n = count(products, (q) => q.producerKey === p.key);
      expect(n, p.key).toBeGreaterThanOrEqual(1);
      expect(n, p.key).toBeLessThanOrEqual(4);
    }
  });

  it('places producers on existing units: every new unit has one, at least 8 on pre-2025 units', () => {
    const ids = new Set(units.units.map((u) => u.id));
    const newUnits = units.units.filter((u) => u.level === 'commune' && u.validFrom === '2025-07-01').map((u) => u.id);
    expect(newUnits).toHaveLength(54);
    for (const p of register.producers) expect(ids.has(p.unitId), p.unitId).toBe(true);
    const used = new Set(register.producers.map((p) => p.unitId));
    for (const id of newUnits) expect(used.has(id), id).toBe(true);
    const predecessors = new Set(units.succession.map((s) => s.fromId));
    const onOld = register.producers.filter((p) => p.unitId.startsWith('old-'));
    expect(onOld.length).toBeGreaterThanOrEqual(8);
    for (const p of onOld) expect(predecessors.has(p.unitId), p.unitId).toBe(true);
  });

  it('has unique keys and unique, valid identifiers (foundation codes kept as given)', () => {
    const { producers, products } = register;
    expect(new Set(producers.map((p) => p.key)).size).toBe(producers.length);
    expect(new Set(products.map((p) => p.key)).size).toBe(products.length);
    expect(new Set(producers.map((p) => p.taxCode)).size).toBe(producers.length);
    for (const p of generated) {
      if (p.type === 'household') expect(p.taxCode, p.key).toMatch(/^HKD\d{8}$/);
      else expect(validTaxCode(p.taxCode) && p.taxCode.startsWith('57'), `${p.key} ${p.taxCode}`).toBe(true);
    }
  });

  it('gives valid, unique GS1 Vietnam GTIN-13s to about 60 % of products', () => {
    const gtins = register.products.flatMap((p) => (p.gtin === null ? [] : [p.gtin]));
    expect(new Set(gtins).size).toBe(gtins.length);
    for (const g of gtins) expect(validGtin13(g) && g.startsWith('893'), g).toBe(true);
    expect(gtins.length / register.products.length).toBeGreaterThan(0.5);
    expect(gtins.length / register.products.length).toBeLessThan(0.7);
  });

  it('links every product to a producer and to a product set of the catalogue', () => {
    const keys = new Set(register.producers.map((p) => p.key));
    const sets = new Set(catalogue.sectors.flatMap((s) => s.groups.flatMap((g) => g.sets.map((x) => x.number))));
    for (const p of register.products) {
      expect(keys.has(p.producerKey), p.key).toBe(true);
      expect(sets.has(p.setNumber), p.key).toBe(true);
    }
  });

  it('marks every producer as demo data', () => {
    for (const p of register.producers) expect(p.name, p.key).toMatch(/ \(dữ liệu mẫu\)$/);
  });

  it('keeps the foundation producers unchanged', () => {
    for (const f of foundation.producers) {
      const p = register.producers.find((q) => q.key === f.key);
      expect(p && { name: p.name, type: p.type, taxCode: p.taxCode, unitId: p.unitId, address: p.address, representative: p.representative.name }, f.key).toEqual({
        name: f.name,
        type: f.type,
        taxCode: f.taxCode,
        unitId: f.unitId,
        address: f.address,
        representative: f.representative,
      });
    }
    expect(register.producers.find((p) => p.key === 'ga-tien-yen')?.name).toBe('HTX Gà Tiên Yên Bình Minh (dữ liệu mẫu)');
    expect(register.producers.find((p) => p.key === 'tra-hoa-vang')?.taxCode).toBe('5701900128');
  });

  it('keeps workforce figures and certificate dates consistent', () => {
    for (const p of register.producers) {
      expect(p.employees.women, p.key).toBeLessThanOrEqual(p.employees.total);
      expect(p.employees.ethnicMinority, p.key).toBeLessThanOrEqual(p.employees.total);
      expect(p.phone, p.key).toMatch(/^(0203 \d{4} \d{3}|09\d{2} \d{3} \d{3})$/);
    }
    for (const p of register.products) {
      for (const c of p.qualityCertificates) expect(c.validUntil > c.issuedOn, p.key).toBe(true);
    }
  });
});
