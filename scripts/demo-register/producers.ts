// Fictitious producers: name, identifiers, address, representative and workforce.
import { newHouseholdCode, newPhone, newTaxCode } from './identifiers.js';
import { BRAND_WORDS, personName } from './names.js';
import { chance, intBetween, pick, type Rng } from './prng.js';
import type { Site } from './sites.js';
import type { ProductTemplate } from './template-types.js';
import { lowerFirst, slug } from './text.js';
import type { Employees, Producer, ProducerType, Representative } from './types.js';

export const DEMO_SUFFIX = ' (dữ liệu mẫu)';

export interface Maker {
  producer: Producer;
  site: Site;
  village: string;
  brand: string;
  primary: ProductTemplate;
}

export interface Registry {
  codes: Set<string>;
  names: Set<string>;
  brands: Set<string>;
  keys: Set<string>;
}

const KEY_PREFIX: Record<ProducerType, string> = { enterprise: 'cty', cooperative: 'htx', cooperative_group: 'tht', household: 'hkd' };

function representative(rng: Rng, site: Site): Representative {
  const woman = chance(rng, 0.4);
  const minority = site.groups.length > 0 && chance(rng, site.minority);
  const group = minority ? pick(rng, site.groups) : undefined;
  return { name: personName(rng, woman, group).name, woman, ethnicMinority: minority, disability: chance(rng, 0.02) };
}

function uniqueBrand(rng: Rng, site: Site, village: string, used: Set<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const word = pick(rng, BRAND_WORDS);
    const options = attempt < 3 ? [village, word, `${word} ${site.place}`] : [`${word} ${site.place}`, `${village} ${word}`];
    const brand = pick(rng, options);
    if (!used.has(brand) && brand !== site.place) {
      used.add(brand);
      return brand;
    }
  }
}

function producerName(rng: Rng, type: ProducerType, trade: string, brand: string, rep: Representative): string {
  switch (type) {
    case 'enterprise':
      return `${pick(rng, ['Công ty TNHH', 'Công ty TNHH', 'Công ty CP'])} ${pick(rng, [trade, trade, 'Thương mại và Dịch vụ', 'Đầu tư Phát triển'])} ${brand}`;
    case 'cooperative':
      return `HTX ${pick(rng, [trade, trade, 'Nông lâm nghiệp', 'Dịch vụ tổng hợp'])} ${brand}`;
    case 'cooperative_group':
      return `Tổ hợp tác ${trade} ${brand}`;
    case 'household':
      return chance(rng, 0.4) ? `Hộ kinh doanh ${rep.name}` : `Hộ kinh doanh ${trade} ${brand}`;
  }
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n += 1) key = `${base}-${n}`;
  used.add(key);
  return key;
}

function address(rng: Rng, site: Site, village: string, type: ProducerType): string {
  if (site.oldDistrict !== undefined) {
    const lead = site.urban ? `Khu ${village}, ` : `Thôn ${village}, `;
    return `${village === site.place ? '' : lead}${site.unitName}, ${site.oldDistrict} (địa chỉ cũ)`;
  }
  if (!site.urban || site.streets.length === 0) return `Thôn ${village}, ${site.unitName}`;
  if (type === 'enterprise' || chance(rng, 0.4)) return `Số ${intBetween(rng, 2, 480)} ${lowerFirst(pick(rng, site.streets))}, ${site.unitName}`;
  return `Tổ ${intBetween(rng, 1, 12)}, khu ${village}, ${site.unitName}`;
}

const STAFF: Record<ProducerType, readonly [number, number]> = {
  enterprise: [10, 80],
  cooperative: [7, 45],
  cooperative_group: [4, 15],
  household: [2, 8],
};

export function employees(rng: Rng, type: ProducerType, site: Site, rep: Representative): Employees {
  const [min, max] = STAFF[type];
  const total = intBetween(rng, min, max);
  const women = Math.round(total * (0.3 + rng.next() * 0.45));
  const share = rep.ethnicMinority ? Math.max(site.minority, 0.5) : site.minority;
  const ethnicMinority = Math.min(total, Math.round(total * share * (0.6 + rng.next() * 0.5)));
  return { total, women: Math.min(total, women), ethnicMinority };
}

const FOUNDED: Record<ProducerType, readonly [number, number]> = {
  enterprise: [2003, 2021],
  cooperative: [2008, 2022],
  cooperative_group: [2014, 2022],
  household: [2010, 2022],
};

export function contact(rng: Rng, type: ProducerType, key: string): { phone: string; email: string | null } {
  const phone = newPhone(rng, type === 'enterprise' ? 0.4 : 0.85);
  const emailShare: Record<ProducerType, number> = { enterprise: 0.9, cooperative: 0.6, cooperative_group: 0.25, household: 0.15 };
  return { phone, email: chance(rng, emailShare[type]) ? `${key}@example.com` : null };
}

export function identifier(rng: Rng, type: ProducerType, used: Set<string>): string {
  return type === 'household' ? newHouseholdCode(rng, used) : newTaxCode(rng, used);
}

/** A new producer of `type` at `site`, whose first product follows `primary`. */
export function newMaker(rng: Rng, registry: Registry, site: Site, type: ProducerType, primary: ProductTemplate): Maker {
  const village = pick(rng, site.villages);
  const rep = representative(rng, site);
  let brand = uniqueBrand(rng, site, village, registry.brands);
  let name = producerName(rng, type, primary.trade, brand, rep);
  while (registry.names.has(name)) {
    brand = uniqueBrand(rng, site, village, registry.brands);
    name = producerName(rng, type, primary.trade, brand, rep);
  }
  registry.names.add(name);
  const where = brand.includes(site.place) ? '' : ` ${site.place}`;
  const key = uniqueKey(slug(`${KEY_PREFIX[type]} ${brand}${where}`), registry.keys);
  const producer: Producer = {
    key,
    name: `${name}${DEMO_SUFFIX}`,
    type,
    taxCode: identifier(rng, type, registry.codes),
    unitId: site.unitId,
    address: address(rng, site, village, type),
    ...contact(rng, type, key),
    foundedYear: intBetween(rng, ...FOUNDED[type]),
    representative: rep,
    employees: employees(rng, type, site, rep),
  };
  return { producer, site, village, brand, primary };
}

export function foundedYear(rng: Rng, type: ProducerType): number {
  return intBetween(rng, ...FOUNDED[type]);
}
