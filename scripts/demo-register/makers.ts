// All producers of the register: the six foundation producers, then generated ones spread over
// the 54 new units by weight and over a few pre-2025 units.
import { apportion, drawTypes, type TypeCounts } from './allocate.js';
import { foundationExtra } from './foundation.js';
import type { FoundationProducer, Inputs } from './inputs.js';
import { OLD_SLOTS } from './old-units.js';
import { PLACES } from './places.js';
import { contact, employees, foundedYear, newMaker, type Maker, type Registry } from './producers.js';
import { pickWeighted, type Rng } from './prng.js';
import { siteOfOldUnit, siteOfPlace, siteOfUnit, type Site } from './sites.js';
import { template } from './templates.js';
import type { ProductTemplate } from './template-types.js';
import type { ProducerType } from './types.js';

export const TOTAL_PRODUCERS = 250;
export const TYPE_TOTALS: TypeCounts = { enterprise: 75, cooperative: 95, cooperative_group: 12, household: 68 };

function foundationMaker(rng: Rng, inputs: Inputs, f: FoundationProducer): Maker {
  const extra = foundationExtra(f.key);
  const site = siteOfUnit(inputs, f.unitId, inputs.successorOf.get(f.unitId));
  const representative = { name: f.representative, woman: extra.woman, ethnicMinority: extra.group !== undefined, disability: false };
  const producer = {
    key: f.key, name: f.name, type: f.type, taxCode: f.taxCode, unitId: f.unitId, address: f.address,
    ...contact(rng, f.type, f.key),
    foundedYear: foundedYear(rng, f.type),
    representative,
    employees: employees(rng, f.type, site, representative),
  };
  return { producer, site, village: extra.village, brand: extra.brand, primary: template(extra.primary) };
}

function newUnitSites(inputs: Inputs, fixed: readonly Maker[], total: number): Site[] {
  const shares = apportion(PLACES.map((p) => p.weight), total, 1);
  return PLACES.flatMap((place, i) => {
    const taken = fixed.filter((m) => m.producer.unitId === place.unitId).length;
    const count = Math.max(0, (shares[i] ?? 1) - taken);
    return Array.from({ length: count }, () => siteOfPlace(inputs, place));
  });
}

const TIER_WEIGHT: Record<ProductTemplate['tier'], number> = { 1: 1.5, 2: 2, 3: 3 };

function choosePrimary(rng: Rng, site: Site, type: ProducerType, usedAt: Map<string, number>): ProductTemplate {
  const options = site.templates.map(template).filter((t) => t.types.includes(type));
  const chosen = pickWeighted(rng, options, (t) => TIER_WEIGHT[t.tier] / (1 + (usedAt.get(`${site.unitId}/${t.id}`) ?? 0)));
  const key = `${site.unitId}/${chosen.id}`;
  usedAt.set(key, (usedAt.get(key) ?? 0) + 1);
  return chosen;
}

function remainingTypes(fixed: readonly Maker[]): TypeCounts {
  const left = { ...TYPE_TOTALS };
  for (const m of fixed) left[m.producer.type] -= 1;
  return left;
}

export function buildMakers(rng: Rng, inputs: Inputs): Maker[] {
  const fixed = inputs.foundation.map((f) => foundationMaker(rng, inputs, f));
  const registry: Registry = {
    codes: new Set(fixed.map((m) => m.producer.taxCode)),
    names: new Set(fixed.map((m) => m.producer.name.replace(/ \(dữ liệu mẫu.*\)$/u, ''))),
    brands: new Set(fixed.map((m) => m.brand)),
    keys: new Set(fixed.map((m) => m.producer.key)),
  };
  const oldFixed = fixed.filter((m) => m.site.oldDistrict !== undefined).length;
  const newTotal = TOTAL_PRODUCERS - OLD_SLOTS.length - oldFixed;
  const sites = [...newUnitSites(inputs, fixed, newTotal), ...OLD_SLOTS.map((s) => siteOfOldUnit(inputs, s))];
  const types = drawTypes(rng, sites.map((s) => s.urban), remainingTypes(fixed));
  const usedAt = new Map<string, number>();
  for (const m of fixed) usedAt.set(`${m.site.unitId}/${m.primary.id}`, 1);
  const generated = sites.map((site, i) => {
    const type = types[i] ?? 'household';
    return newMaker(rng, registry, site, type, choosePrimary(rng, site, type, usedAt));
  });
  return [...fixed, ...generated];
}
