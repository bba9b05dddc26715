import type { CoverageRow, CubeRow, EconomyRow, EconomyTotals, GroupStarRow, StarCounts, TypeStarRow, UnitStarRow } from './types.js';
import type { UnitBuckets } from './unit-buckets.js';

// Folds the database's per-unit aggregates into the dashboard's rows. Every input row is already
// a count from SQL; folding only adds rows that land in the same bucket.

export type CubeCell = { readonly star: number; readonly setNumber: number; readonly unitId: string; readonly producerType: string; readonly products: number };
export type ProducerCell = { readonly unitId: string; readonly producerType: string; readonly producers: number };
export type GroupOf = (setNumber: number) => { readonly code: string; readonly name: string };

export const NO_STARS: StarCounts = { s3: 0, s4: 0, s5: 0, total: 0 };

export function addStar(c: StarCounts, star: number, n: number): StarCounts {
  return { s3: c.s3 + (star === 3 ? n : 0), s4: c.s4 + (star === 4 ? n : 0), s5: c.s5 + (star === 5 ? n : 0), total: c.total + n };
}

function sumInto<K, V>(map: Map<K, V>, key: K, empty: V, add: (v: V) => V): void {
  map.set(key, add(map.get(key) ?? empty));
}

function byDesc<T extends StarCounts>(rows: T[]): T[] {
  return rows.sort((a, b) => b.total - a.total);
}

export function foldProducts(cube: readonly CubeCell[], producers: readonly ProducerCell[], buckets: UnitBuckets, groupOf: GroupOf) {
  let total = NO_STARS;
  const units = new Map<string, StarCounts>();
  const groups = new Map<string, StarCounts>();
  const types = new Map<string, StarCounts>();
  const cells = new Map<string, CubeRow>();
  for (const c of cube) {
    const unit = buckets.bucketOf(c.unitId);
    const group = groupOf(c.setNumber);
    total = addStar(total, c.star, c.products);
    sumInto(units, unit, NO_STARS, (v) => addStar(v, c.star, c.products));
    sumInto(groups, group.code, NO_STARS, (v) => addStar(v, c.star, c.products));
    sumInto(types, c.producerType, NO_STARS, (v) => addStar(v, c.star, c.products));
    const key = `${c.star}|${group.code}|${unit}|${c.producerType}`;
    const prev = cells.get(key);
    cells.set(key, { star: c.star, groupCode: group.code, unitId: unit, producerType: c.producerType, products: (prev?.products ?? 0) + c.products });
  }
  const producersByUnit = new Map<string, number>();
  const producersByType = new Map<string, number>();
  for (const p of producers) {
    sumInto(producersByUnit, buckets.bucketOf(p.unitId), 0, (v) => v + p.producers);
    sumInto(producersByType, p.producerType, 0, (v) => v + p.producers);
  }
  const groupNames = new Map(cube.map((c) => [groupOf(c.setNumber).code, groupOf(c.setNumber).name]));
  const byUnit: UnitStarRow[] = byDesc([...units].map(([unitId, s]) => ({ ...s, unitId, name: buckets.nameOf(unitId), producers: producersByUnit.get(unitId) ?? 0 })));
  const byGroup: GroupStarRow[] = byDesc([...groups].map(([code, s]) => ({ ...s, code, name: groupNames.get(code) ?? code })));
  const byProducerType: TypeStarRow[] = byDesc([...types].map(([producerType, s]) => ({ ...s, producerType, producers: producersByType.get(producerType) ?? 0 })));
  return {
    total, byUnit, byGroup, byProducerType,
    producers: [...producersByType.values()].reduce((a, b) => a + b, 0),
    producersByType: [...producersByType].map(([producerType, n]) => ({ producerType, producers: n })),
    cube: [...cells.values()].sort((a, b) => a.star - b.star || a.groupCode.localeCompare(b.groupCode) || a.unitId.localeCompare(b.unitId) || a.producerType.localeCompare(b.producerType)),
  };
}

export function foldCoverage(rows: readonly { unitId: string; certified: number; stamped: number }[], buckets: UnitBuckets): CoverageRow[] {
  const m = new Map<string, { certified: number; stamped: number }>();
  for (const r of rows) sumInto(m, buckets.bucketOf(r.unitId), { certified: 0, stamped: 0 }, (v) => ({ certified: v.certified + r.certified, stamped: v.stamped + r.stamped }));
  return [...m].map(([unitId, v]) => ({ unitId, name: buckets.nameOf(unitId), ...v, coverage: share(v.stamped, v.certified) }))
    .sort((a, b) => b.certified - a.certified);
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export type EconomyCellInput = Omit<EconomyTotals, 'averageIncome'> & { readonly unitId: string; readonly incomeWeighted: number };

const ECONOMY_SUMS = ['reports', 'revenue', 'employees', 'employeesWomen', 'employeesEthnic', 'newJobs', 'newJobsWomen', 'newJobsEthnic', 'incomeWeighted'] as const;
type EconomySums = Record<(typeof ECONOMY_SUMS)[number], number>;

function addEconomy(a: EconomySums, b: EconomySums): EconomySums {
  const out = { ...a };
  for (const k of ECONOMY_SUMS) out[k] = a[k] + b[k];
  return out;
}

function finish(s: EconomySums): EconomyTotals {
  const { incomeWeighted, ...rest } = s;
  return { ...rest, averageIncome: s.employees === 0 ? 0 : Math.round(incomeWeighted / s.employees) };
}

const EMPTY_ECONOMY: EconomySums = { reports: 0, revenue: 0, employees: 0, employeesWomen: 0, employeesEthnic: 0, newJobs: 0, newJobsWomen: 0, newJobsEthnic: 0, incomeWeighted: 0 };

export function foldEconomy(rows: readonly EconomyCellInput[], buckets: UnitBuckets): { totals: EconomyTotals; byUnit: EconomyRow[] } {
  const m = new Map<string, EconomySums>();
  let total = EMPTY_ECONOMY;
  for (const r of rows) {
    sumInto(m, buckets.bucketOf(r.unitId), EMPTY_ECONOMY, (v) => addEconomy(v, r));
    total = addEconomy(total, r);
  }
  const byUnit = [...m].map(([unitId, s]) => ({ ...finish(s), unitId, name: buckets.nameOf(unitId) })).sort((a, b) => b.revenue - a.revenue);
  return { totals: finish(total), byUnit };
}
