import { z } from 'zod';
import { findProductSet, productSets } from '../../domain/scoring/catalogue.js';
import type { LocalText } from '../../domain/scoring/types.js';
import { productCatalogue } from '../../rules/catalogue/index.js';

// The product catalogue as the registry shows it: a product names only its set number; group,
// sector and managing ministries are derived from the catalogue, never stored.

export const LocalTextOutput = z.object({ vi: z.string(), en: z.string().optional() });
const Ministry = z.object({ code: z.string(), name: LocalTextOutput });

export const ClassificationOutput = z.object({
  setNumber: z.number().int(),
  setName: LocalTextOutput,
  group: z.object({ code: z.string(), name: LocalTextOutput }),
  sector: z.object({ code: z.string(), name: LocalTextOutput }),
  ministries: z.array(Ministry),
});
export type ClassificationView = z.infer<typeof ClassificationOutput>;

export const CatalogueOutput = z.object({
  legalVersion: z.string(),
  sectors: z.array(z.object({
    code: z.string(), name: LocalTextOutput,
    groups: z.array(z.object({ code: z.string(), name: LocalTextOutput, sets: z.array(z.object({ number: z.number().int(), name: LocalTextOutput, ministries: z.array(Ministry) })) })),
  })),
});

const text = (t: LocalText) => (t.en === undefined ? { vi: t.vi } : { vi: t.vi, en: t.en });

function ministries(codes: readonly string[]) {
  const all = productCatalogue().ministries;
  return codes.flatMap((code) => all.filter((m) => m.code === code).map((m) => ({ code: m.code, name: text(m.name) })));
}

export function isProductSet(n: number): boolean {
  return findProductSet(productCatalogue(), n) !== undefined;
}

export function classify(setNumber: number): ClassificationView {
  const placed = findProductSet(productCatalogue(), setNumber);
  if (placed === undefined) throw new Error(`product set ${setNumber} is not in the catalogue`);
  const { sector, group, set } = placed;
  return {
    setNumber, setName: text(set.name), group: { code: group.code, name: text(group.name) }, sector: { code: sector.code, name: text(sector.name) },
    ministries: ministries(set.ministries),
  };
}

/** Set numbers under a group or sector code (for list filters). */
export function setNumbersUnder(filter: { groupCode?: string | undefined; sectorCode?: string | undefined }): number[] {
  return productSets(productCatalogue())
    .filter((p) => (filter.groupCode === undefined || p.group.code === filter.groupCode) && (filter.sectorCode === undefined || p.sector.code === filter.sectorCode))
    .map((p) => p.set.number);
}

export function catalogueView(): z.infer<typeof CatalogueOutput> {
  const c = productCatalogue();
  return {
    legalVersion: c.legalVersion,
    sectors: c.sectors.map((s) => ({
      code: s.code, name: text(s.name),
      groups: s.groups.map((g) => ({ code: g.code, name: text(g.name), sets: g.sets.map((set) => ({ number: set.number, name: text(set.name), ministries: ministries(set.ministries) })) })),
    })),
  };
}
