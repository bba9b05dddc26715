import type { LocalText } from './types.js';

// The national product classification (26/2026/QĐ-TTg Phụ lục I): 6 sectors → 17 groups → 26
// product sets, each with its lead managing ministries. The registry files every product under
// a set; the set number also picks the product's score sheet. Data: src/rules/catalogue.

export type Ministry = { readonly code: string; readonly name: LocalText };
export type ProductSet = { readonly number: number; readonly name: LocalText; readonly ministries: readonly string[] };
export type ProductGroup = { readonly code: string; readonly name: LocalText; readonly sets: readonly ProductSet[] };
export type Sector = { readonly code: string; readonly name: LocalText; readonly groups: readonly ProductGroup[] };

export type ProductCatalogue = {
  readonly legalVersion: string;
  readonly source: string;
  readonly ministries: readonly Ministry[];
  readonly sectors: readonly Sector[];
};

export type PlacedProductSet = { readonly sector: Sector; readonly group: ProductGroup; readonly set: ProductSet };

/** Every product set with the sector and group it sits in, in catalogue order. */
export function productSets(catalogue: ProductCatalogue): PlacedProductSet[] {
  return catalogue.sectors.flatMap((sector) => sector.groups.flatMap((group) => group.sets.map((set) => ({ sector, group, set }))));
}

export function findProductSet(catalogue: ProductCatalogue, setNumber: number): PlacedProductSet | undefined {
  return productSets(catalogue).find((p) => p.set.number === setNumber);
}

/** Broken rules of a catalogue: unique numbers and codes, and ministries that exist. */
export function checkCatalogue(catalogue: ProductCatalogue): string[] {
  const problems: string[] = [];
  const ministries = new Set(catalogue.ministries.map((m) => m.code));
  const sets = productSets(catalogue);
  const numbers = sets.map((p) => p.set.number);
  if (new Set(numbers).size !== numbers.length) problems.push('a product set number is used twice');
  const groupCodes = catalogue.sectors.flatMap((s) => s.groups.map((g) => g.code));
  if (new Set(groupCodes).size !== groupCodes.length) problems.push('a group code is used twice');
  for (const { set } of sets) {
    if (set.ministries.length === 0) problems.push(`set ${set.number} has no managing ministry`);
    for (const m of set.ministries) if (!ministries.has(m)) problems.push(`set ${set.number}: unknown ministry ${m}`);
  }
  return problems;
}
