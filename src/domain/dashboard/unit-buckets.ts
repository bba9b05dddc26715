// Where a record's unit counts on the dashboard. Producers keep the unit they were registered in:
// a pre-2025 commune, a district, or one of the communes from 1 July 2025. The dashboard groups
// either by the old districts (level 'old') or by the new communes (level 'new').
//
// - new: follow succession edges forward until a unit still in force; an old commune split
//   between several new ones (partial edges) counts in its whole successor if it has one,
//   otherwise in the successor with the smallest id (the platform cannot know which part).
// - old: a pre-2025 commune counts in its district, itself followed forward through district
//   mergers (Hoành Bồ → Hạ Long); a new commune counts in the district most of its predecessors
//   belonged to (ties: the smallest id).

export type UnitLevel = 'old' | 'new';

export type BucketUnit = { readonly id: string; readonly name: string; readonly level: string; readonly parentId: string | null; readonly validTo: string | null };
export type BucketEdge = { readonly fromId: string; readonly toId: string; readonly partial: boolean };

export type UnitBuckets = {
  /** Unit id → bucket id at this level; units outside every bucket map to themselves. */
  readonly bucketOf: (unitId: string) => string;
  readonly nameOf: (bucketId: string) => string;
};

const REFORM_DAY = '2025-07-01';

function pickSuccessor(edges: readonly BucketEdge[]): BucketEdge | undefined {
  const sorted = [...edges].sort((a, b) => Number(a.partial) - Number(b.partial) || a.fromId.localeCompare(b.fromId) || a.toId.localeCompare(b.toId));
  return sorted[0];
}

function forward(start: string, from: ReadonlyMap<string, readonly BucketEdge[]>, stop: (id: string) => boolean): string {
  let id = start;
  for (let hops = 0; hops < 10 && !stop(id); hops++) {
    const next = pickSuccessor(from.get(id) ?? []);
    if (next === undefined) break;
    id = next.toId;
  }
  return id;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function unitBuckets(units: readonly BucketUnit[], edges: readonly BucketEdge[], level: UnitLevel): UnitBuckets {
  const byId = new Map(units.map((u) => [u.id, u]));
  const from = groupBy(edges, (e) => e.fromId);
  const to = groupBy(edges, (e) => e.toId);
  const isCurrent = (id: string) => { const u = byId.get(id); return u !== undefined && (u.validTo === null || u.validTo >= REFORM_DAY); };
  const isOld = (id: string) => { const u = byId.get(id); return u !== undefined && u.validTo !== null && u.validTo < REFORM_DAY; };
  const districtFrom = new Map([...from].map(([k, v]) => [k, v.filter((e) => byId.get(e.toId)?.level === 'district')]));
  const oldDistrict = (id: string): string | undefined => {
    const u = byId.get(id);
    if (u === undefined) return undefined;
    const district = u.level === 'district' ? u.id : u.level === 'commune' && isOld(id) ? u.parentId : null;
    if (district === null) return undefined;
    // Follow district mergers before 2025 (d → d edges only).
    return forward(district, districtFrom, () => false);
  };
  const cache = new Map<string, string>();
  const bucketOf = (unitId: string): string => {
    const hit = cache.get(unitId);
    if (hit !== undefined) return hit;
    let bucket: string;
    if (level === 'new') bucket = forward(unitId, from, isCurrent);
    else {
      const direct = oldDistrict(unitId);
      const viaPredecessors = () => mostCommon((to.get(unitId) ?? []).flatMap((e) => { const d = oldDistrict(e.fromId); return d === undefined ? [] : [d]; }));
      bucket = direct ?? viaPredecessors() ?? unitId;
    }
    cache.set(unitId, bucket);
    return bucket;
  };
  return { bucketOf, nameOf: (id) => byId.get(id)?.name ?? id };
}
