// The read-only inputs: the units file, the product catalogue and the foundation demo file,
// parsed with zod so the generator works on typed data.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const UnitsFile = z.object({
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.string(),
      parentId: z.string().nullable(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    }),
  ),
  succession: z.array(z.object({ fromId: z.string(), toId: z.string() })),
});

const Name = z.object({ vi: z.string(), en: z.string() });
const CatalogueFile = z.object({
  sectors: z.array(
    z.object({
      name: Name,
      groups: z.array(z.object({ sets: z.array(z.object({ number: z.number().int(), name: Name, ministries: z.array(z.string()) })) })),
    }),
  ),
});

const FoundationFile = z.object({
  producers: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      type: z.enum(['enterprise', 'cooperative', 'cooperative_group', 'household']),
      taxCode: z.string(),
      unitId: z.string(),
      address: z.string(),
      representative: z.string(),
    }),
  ),
});

export type UnitRecord = z.infer<typeof UnitsFile>['units'][number];
export type FoundationProducer = z.infer<typeof FoundationFile>['producers'][number];

export interface CatalogueSet {
  number: number;
  nameVi: string;
  nameEn: string;
  ministries: readonly string[];
}

export interface Inputs {
  units: ReadonlyMap<string, UnitRecord>;
  /** Ids of the 54 units valid from 2025-07-01. */
  newUnitIds: readonly string[];
  /** Ids that appear as `fromId` of a succession link. */
  predecessorIds: ReadonlySet<string>;
  /** For a pre-2025 unit: the first new unit it became part of. */
  successorOf: ReadonlyMap<string, string>;
  sets: ReadonlyMap<number, CatalogueSet>;
  foundation: readonly FoundationProducer[];
}

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

function successors(links: readonly { fromId: string; toId: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const link of links) {
    if (link.toId.startsWith('new-') && !out.has(link.fromId)) out.set(link.fromId, link.toId);
  }
  return out;
}

export function readInputs(root: URL): Inputs {
  const units = UnitsFile.parse(readJson(new URL('src/rules/units/quang-ninh.json', root)));
  const catalogue = CatalogueFile.parse(readJson(new URL('src/rules/catalogue/product-catalogue.json', root)));
  const foundation = FoundationFile.parse(readJson(new URL('src/rules/demo/foundation.json', root)));
  const sets = catalogue.sectors.flatMap((s) => s.groups.flatMap((g) => g.sets));
  return {
    units: new Map(units.units.map((u) => [u.id, u])),
    newUnitIds: units.units.filter((u) => u.level === 'commune' && u.validFrom === '2025-07-01').map((u) => u.id),
    predecessorIds: new Set(units.succession.map((s) => s.fromId)),
    successorOf: successors(units.succession),
    sets: new Map(sets.map((s) => [s.number, { number: s.number, nameVi: s.name.vi, nameEn: s.name.en, ministries: s.ministries }])),
    foundation: foundation.producers,
  };
}

export function unitOf(inputs: Inputs, id: string): UnitRecord {
  const unit = inputs.units.get(id);
  if (unit === undefined) throw new Error(`unknown unit '${id}'`);
  return unit;
}
