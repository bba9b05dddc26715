import { buildDigitalLink } from './digital-link.js';
import type { GtinIdentifiers } from './dl-types.js';

// Walk-up (GS1-Conformant Resolver 1.2, "basicWalkUp"): a request for a serialised item is
// answered from the most specific level that has data, falling back one qualifier at a time
// towards the bare GTIN. Qualifiers are dropped from the right of the path (serial, then lot,
// then CPV), so every candidate is itself a valid Digital Link path. Unlike Resolver CE, a level
// matches only when all its qualifiers match, never when "any" one does.

export type LookupLevel = 'serial' | 'lot' | 'cpv' | 'gtin';

export type LookupKey = {
  readonly level: LookupLevel;
  /** The identifiers of this level only. */
  readonly ids: GtinIdentifiers;
  /** Its Digital Link path, e.g. "/01/08934588012228/10/L2606": the anchor of that level in a linkset. */
  readonly path: string;
};

/** Candidate lookup keys from most to least specific; the last is always the GTIN alone. */
export function walkUpKeys(ids: GtinIdentifiers): LookupKey[] {
  const levels: { level: LookupLevel; ids: GtinIdentifiers }[] = [];
  const base = { gtin: ids.gtin };
  const withCpv = ids.cpv === undefined ? base : { ...base, cpv: ids.cpv };
  const withLot = ids.lot === undefined ? withCpv : { ...withCpv, lot: ids.lot };
  if (ids.serial !== undefined) levels.push({ level: 'serial', ids: { ...withLot, serial: ids.serial } });
  if (ids.lot !== undefined) levels.push({ level: 'lot', ids: withLot });
  if (ids.cpv !== undefined) levels.push({ level: 'cpv', ids: withCpv });
  levels.push({ level: 'gtin', ids: base });
  return levels.map((l) => ({ ...l, path: buildDigitalLink('', l.ids) }));
}
