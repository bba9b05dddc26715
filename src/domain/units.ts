import { foldForSearch } from './text.js';

// Administrative units and their history. Records keep the unit that was current when they
// were made (an old commune, or a district that no longer exists), so the platform needs to
// answer "what is that now?" and "what was this then?" without rewriting history.
//
// Vocabulary:
// - a unit is valid on D when validFrom <= D <= validTo (null bounds are open);
// - a succession edge says that on `effective` the territory of `fromId` went into `toId`,
//   wholly (`partial: false`) or only in part (`partial: true`);
// - in every UnitLink, `partial` describes the EARLIER unit of the pair: true when only part
//   of the earlier unit's territory lies in the later one.

export type UnitType =
  | 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
export type UnitLevel = 'province' | 'district' | 'commune';
/** 'YYYY-MM-DD'. Such strings sort chronologically, so plain string comparison is date order. */
export type IsoDate = string;

export type Unit = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly level: UnitLevel;
  readonly parentId: string | null;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  readonly legalBasis?: string;
  readonly notes?: string;
};

export type Succession = {
  readonly fromId: string;
  readonly toId: string;
  readonly partial: boolean;
  readonly effective: IsoDate;
  readonly legalBasis?: string;
  readonly notes?: string;
};

/** The shape of src/rules/units/*.json (validated by the loader in src/rules/units). */
export type UnitsData = {
  readonly source: string;
  readonly province: { readonly id: string; readonly code: string; readonly name: string };
  readonly units: readonly Unit[];
  readonly succession: readonly Succession[];
};

export type UnitLink = { readonly unit: Unit; readonly partial: boolean };

export type UnitCatalog = {
  readonly source: string;
  readonly province: Unit;
  readonly units: readonly Unit[];
  readonly byId: ReadonlyMap<string, Unit>;
  readonly byCode: ReadonlyMap<string, readonly Unit[]>;
  readonly children: ReadonlyMap<string, readonly Unit[]>;
  readonly successionFrom: ReadonlyMap<string, readonly Succession[]>;
  readonly successionTo: ReadonlyMap<string, readonly Succession[]>;
  /** Folded full name and folded name without the type word, for search. */
  readonly foldedNames: ReadonlyMap<string, { readonly full: string; readonly bare: string }>;
};

// Vietnamese names start with the type word; "Thị xã" and "Thị trấn" share a first word, so
// whole prefixes are matched.
const TYPE_PREFIXES: readonly (readonly [string, UnitType])[] = [
  ['Tỉnh', 'province'], ['Thành phố', 'city'], ['Thị xã', 'town'], ['Huyện', 'district'],
  ['Phường', 'ward'], ['Xã', 'commune'], ['Thị trấn', 'township'], ['Đặc khu', 'special_zone'],
];

/** The unit type named by the leading type word of a Vietnamese unit name, if any. */
export function unitTypeFromName(name: string): UnitType | undefined {
  return TYPE_PREFIXES.find(([prefix]) => name.startsWith(`${prefix} `))?.[1];
}

function bareName(name: string): string {
  const prefix = TYPE_PREFIXES.find(([p]) => name.startsWith(`${p} `))?.[0];
  return prefix === undefined ? name : name.slice(prefix.length + 1);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
}

// ---------------------------------------------------------------------------------------------
// Building the catalog

/** Indexes the data once and checks its internal consistency; throws listing every problem. */
export function buildUnitCatalog(data: UnitsData): UnitCatalog {
  const byId = new Map(data.units.map((u) => [u.id, u]));
  const problems = [...unitProblems(data, byId), ...successionProblems(data.succession, byId)];
  const province = byId.get(data.province.id);
  if (province === undefined) problems.push(`province ${data.province.id} is not among the units`);
  if (problems.length > 0 || province === undefined) {
    throw new Error(`Invalid administrative units data:\n- ${problems.join('\n- ')}`);
  }
  return {
    source: data.source,
    province,
    units: data.units,
    byId,
    byCode: groupBy(data.units, (u) => u.code),
    children: groupBy(data.units, (u) => u.parentId),
    successionFrom: groupBy(data.succession, (s) => s.fromId),
    successionTo: groupBy(data.succession, (s) => s.toId),
    foldedNames: new Map(data.units.map((u) => [u.id, foldedName(u.name)])),
  };
}

function foldedName(name: string): { full: string; bare: string } {
  return { full: foldForSearch(name), bare: foldForSearch(bareName(name)) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function unitProblems(data: UnitsData, byId: ReadonlyMap<string, Unit>): string[] {
  const problems: string[] = [];
  if (byId.size !== data.units.length) problems.push('unit ids are not unique');
  for (const u of data.units) {
    for (const d of [u.validFrom, u.validTo]) {
      if (d !== null && !ISO_DATE.test(d)) problems.push(`${u.id}: bad date "${d}"`);
    }
    if (u.validFrom !== null && u.validTo !== null && u.validFrom > u.validTo) {
      problems.push(`${u.id}: validFrom is after validTo`);
    }
    if (!parentFits(u, byId)) problems.push(`${u.id}: parent "${u.parentId ?? 'none'}" is missing or not above it`);
  }
  return problems;
}

const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { province: 0, district: 1, commune: 2 };

// Parents must sit at a higher level, which also makes parent chains finite.
function parentFits(unit: Unit, byId: ReadonlyMap<string, Unit>): boolean {
  if (unit.parentId === null) return unit.level === 'province';
  const parent = byId.get(unit.parentId);
  return parent !== undefined && LEVEL_RANK[parent.level] < LEVEL_RANK[unit.level];
}

// An edge must join a unit that had ended to one that existed on the effective date; this also
// rules out cycles, because every step moves strictly forward in time.
function successionProblems(edges: readonly Succession[], byId: ReadonlyMap<string, Unit>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const label = `succession ${e.fromId} → ${e.toId}`;
    const from = byId.get(e.fromId);
    const to = byId.get(e.toId);
    if (seen.has(`${e.fromId}→${e.toId}`)) problems.push(`${label}: duplicate`);
    seen.add(`${e.fromId}→${e.toId}`);
    if (!ISO_DATE.test(e.effective)) problems.push(`${label}: bad date "${e.effective}"`);
    if (from === undefined || to === undefined) problems.push(`${label}: unknown unit`);
    else if (from.validTo === null || from.validTo >= e.effective) {
      problems.push(`${label}: ${from.id} has not ended before ${e.effective}`);
    } else if (!isValidOn(to, e.effective)) problems.push(`${label}: ${to.id} not valid then`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Lookups

export function getUnit(catalog: UnitCatalog, unitId: string): Unit | undefined {
  return catalog.byId.get(unitId);
}

// Unknown ids are a programming or data error; answering "nothing" would silently widen or
// narrow an officer's scope, so they throw.
function requireUnit(catalog: UnitCatalog, unitId: string): Unit {
  const unit = catalog.byId.get(unitId);
  if (unit === undefined) throw new Error(`Unknown administrative unit id "${unitId}"`);
  return unit;
}

/** Every unit that has carried this national code; new units re-use a predecessor's code. */
export function unitsByCode(catalog: UnitCatalog, code: string): readonly Unit[] {
  return catalog.byCode.get(code) ?? [];
}

export function isValidOn(unit: Unit, date: IsoDate): boolean {
  assertIsoDate(date);
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo);
}

export function unitsValidOn(catalog: UnitCatalog, date: IsoDate, level?: UnitLevel): Unit[] {
  return catalog.units.filter((u) => isValidOn(u, date) && (level === undefined || u.level === level));
}

/** Direct predecessors: the units this one was formed from (one succession step back). */
export function predecessorsOf(catalog: UnitCatalog, unitId: string): UnitLink[] {
  requireUnit(catalog, unitId);
  return (catalog.successionTo.get(unitId) ?? []).flatMap((e) => {
    const unit = catalog.byId.get(e.fromId);
    return unit === undefined ? [] : [{ unit, partial: e.partial }];
  });
}

// ---------------------------------------------------------------------------------------------
// Following history forwards and backwards

type Links = Map<string, UnitLink>;

function single(unit: Unit): Links {
  return new Map([[unit.id, { unit, partial: false }]]);
}

// Reached along several paths, a unit is whole if any path says so. A split that later re-merges
// stays marked partial: the flags alone cannot prove that the pieces add up again.
function addLink(links: Links, link: UnitLink): void {
  const existing = links.get(link.unit.id);
  links.set(link.unit.id, { unit: link.unit, partial: link.partial && (existing?.partial ?? true) });
}

function startsAfter(unit: Unit, date: IsoDate): boolean {
  return unit.validFrom !== null && date < unit.validFrom;
}

// Without a date, "settled" means open-ended: the latest state the data knows.
function isSettled(unit: Unit, onDate: IsoDate | undefined): boolean {
  return onDate === undefined ? unit.validTo === null : isValidOn(unit, onDate);
}

function resolveForward(catalog: UnitCatalog, unit: Unit, onDate: IsoDate | undefined): Links {
  if (isSettled(unit, onDate)) return single(unit);
  if (onDate !== undefined && startsAfter(unit, onDate)) return new Map();
  const edges = (catalog.successionFrom.get(unit.id) ?? []).filter(
    (e) => onDate === undefined || e.effective <= onDate,
  );
  if (edges.length === 0) return throughChildren(catalog, unit, onDate);
  const result: Links = new Map();
  for (const edge of edges) {
    const next = catalog.byId.get(edge.toId);
    if (next === undefined) continue;
    for (const link of resolveForward(catalog, next, onDate).values()) {
      addLink(result, { unit: link.unit, partial: edge.partial || link.partial });
    }
  }
  return result;
}

// The district level was abolished on 2025-07-01 without successors of its own: a district's
// territory now lies in the units its communes went into. It is whole only when everything
// went, whole, into a single unit (Huyện Cô Tô → Đặc khu Cô Tô).
function throughChildren(catalog: UnitCatalog, unit: Unit, onDate: IsoDate | undefined): Links {
  const endedOn = unit.validTo;
  if (endedOn === null) return new Map();
  const result: Links = new Map();
  for (const child of catalog.children.get(unit.id) ?? []) {
    if (!isValidOn(child, endedOn)) continue;
    for (const link of resolveForward(catalog, child, onDate).values()) addLink(result, link);
  }
  const whole = result.size === 1 && [...result.values()].every((l) => !l.partial);
  return new Map([...result].map(([id, l]) => [id, { unit: l.unit, partial: !whole }]));
}

function resolveBackward(catalog: UnitCatalog, unit: Unit, onDate: IsoDate): Links {
  if (isValidOn(unit, onDate)) return single(unit);
  if (!startsAfter(unit, onDate)) return new Map();
  const result: Links = new Map();
  for (const edge of catalog.successionTo.get(unit.id) ?? []) {
    const prev = catalog.byId.get(edge.fromId);
    if (prev === undefined || edge.effective <= onDate) continue;
    for (const link of resolveBackward(catalog, prev, onDate).values()) {
      addLink(result, { unit: link.unit, partial: edge.partial || link.partial });
    }
  }
  return result;
}

/**
 * Where an old unit's territory lies now, or on `onDate`; transitive.
 * - A unit valid on `onDate` (without a date: open-ended) returns itself, partial false.
 * - Without a date the chain is followed to the latest units the data knows.
 * - A unit that did not yet exist on `onDate` returns nothing (see unitOnDate).
 * - `partial: true` means only part of the old unit went into that unit.
 */
export function successorsOf(catalog: UnitCatalog, unitId: string, onDate?: IsoDate): UnitLink[] {
  if (onDate !== undefined) assertIsoDate(onDate);
  return [...resolveForward(catalog, requireUnit(catalog, unitId), onDate).values()];
}

/**
 * What unit `unitId` corresponded to on `date`, as units valid on that date:
 * - valid on `date` → itself (partial false);
 * - `date` before it existed → the units it was formed from, as they were on `date`
 *   (partial: only part of that earlier unit lies in `unitId`);
 * - `date` after it ended → its successors on `date` (partial: only part of `unitId` went there).
 */
export function unitOnDate(catalog: UnitCatalog, unitId: string, date: IsoDate): UnitLink[] {
  assertIsoDate(date);
  const unit = requireUnit(catalog, unitId);
  const links = startsAfter(unit, date) ? resolveBackward(catalog, unit, date) : resolveForward(catalog, unit, date);
  return [...links.values()];
}

/** Any unit id → the units valid on `onDate` (default: the latest) that cover it. */
export function currentUnitsFor(catalog: UnitCatalog, unitId: string, onDate?: IsoDate): Unit[] {
  const links = onDate === undefined ? successorsOf(catalog, unitId) : unitOnDate(catalog, unitId, onDate);
  return links.map((l) => l.unit);
}

// ---------------------------------------------------------------------------------------------
// Hierarchy and search

function selfAndAncestors(catalog: UnitCatalog, unit: Unit): Unit[] {
  const chain: Unit[] = [];
  let current: Unit | undefined = unit;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = current.parentId === null ? undefined : catalog.byId.get(current.parentId);
  }
  return chain;
}

/** The district-level unit a unit sat in (a district is its own); none for post-2025 units. */
export function districtOf(catalog: UnitCatalog, unitId: string): Unit | undefined {
  return selfAndAncestors(catalog, requireUnit(catalog, unitId)).find((u) => u.level === 'district');
}

/**
 * True when `unitId` is `ancestorId` or lies under it by parent links. Parent links do not
 * cross the 2025 reform: resolve old ids with currentUnitsFor before scoping by new units.
 */
export function unitContains(catalog: UnitCatalog, ancestorId: string, unitId: string): boolean {
  requireUnit(catalog, ancestorId);
  return selfAndAncestors(catalog, requireUnit(catalog, unitId)).some((u) => u.id === ancestorId);
}

export type FindUnitsOptions = { readonly level?: UnitLevel; readonly validOn?: IsoDate };

/**
 * Units whose name contains `query`, ignoring case, diacritics and the đ/d difference.
 * Exact matches ("tien yen" for "Xã Tiên Yên") come first, then data order.
 */
export function findUnitsByName(catalog: UnitCatalog, query: string, options: FindUnitsOptions = {}): Unit[] {
  const q = foldForSearch(query);
  if (q.length === 0) return [];
  const hits = catalog.units.filter((u) => {
    const folded = catalog.foldedNames.get(u.id);
    return folded !== undefined && folded.full.includes(q)
      && (options.level === undefined || u.level === options.level)
      && (options.validOn === undefined || isValidOn(u, options.validOn));
  });
  const isExact = (u: Unit): boolean => {
    const folded = catalog.foldedNames.get(u.id);
    return folded !== undefined && (folded.full === q || folded.bare === q);
  };
  return [...hits.filter(isExact), ...hits.filter((u) => !isExact(u))];
}
