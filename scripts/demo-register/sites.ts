// Where a producer is: a new unit (from places.ts) or a pre-2025 unit (old-units.ts) that
// borrows its successor's villages and products.
import { unitOf, type Inputs } from './inputs.js';
import type { OldSlot } from './old-units.js';
import { PLACES, type EthnicGroup, type Place } from './places.js';
import { withoutUnitType } from './text.js';

export interface Site {
  unitId: string;
  unitName: string;
  place: string;
  urban: boolean;
  minority: number;
  groups: readonly EthnicGroup[];
  villages: readonly string[];
  streets: readonly string[];
  templates: readonly string[];
  /** For a pre-2025 unit: its district's name, e.g. "Huyện Ba Chẽ". */
  oldDistrict: string | undefined;
}

export function placeOf(unitId: string): Place {
  const found = PLACES.find((p) => p.unitId === unitId);
  if (found === undefined) throw new Error(`no place entry for unit '${unitId}'`);
  return found;
}

export function siteOfPlace(inputs: Inputs, place: Place): Site {
  const unit = unitOf(inputs, place.unitId);
  return { ...place, unitName: unit.name, oldDistrict: undefined };
}

export function siteOfOldUnit(inputs: Inputs, slot: OldSlot): Site {
  const unit = unitOf(inputs, slot.unitId);
  const district = unitOf(inputs, unit.parentId ?? '');
  const successor = placeOf(slot.successor);
  return {
    ...successor,
    unitId: unit.id,
    unitName: unit.name,
    place: withoutUnitType(unit.name),
    urban: unit.name.startsWith('Phường'),
    oldDistrict: district.name,
  };
}

/** The site of any unit id, for the foundation producers. */
export function siteOfUnit(inputs: Inputs, unitId: string, successor: string | undefined): Site {
  if (successor !== undefined) return siteOfOldUnit(inputs, { unitId, successor });
  return siteOfPlace(inputs, placeOf(unitId));
}
