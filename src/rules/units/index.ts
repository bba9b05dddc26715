import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildUnitCatalog, type UnitCatalog, type UnitsData } from '../../domain/units.js';

// The units file is data a reviewer edits by hand (or regenerates with
// scripts/build-units-data.ts), so it is checked on load: a malformed record stops the program
// with the path of the bad field instead of surfacing later as a wrong officer scope.
// It is read with fs rather than a JSON import so it works the same under tsx, vitest and node.

const DATA_FILE = new URL('./quang-ninh.json', import.meta.url);

const isoDate = z.iso.date();

const UnitSchema = z.strictObject({
  id: z.string().min(1),
  code: z.string().regex(/^\d+$/),
  name: z.string().min(1),
  type: z.enum(['province', 'city', 'town', 'district', 'ward', 'commune', 'township', 'special_zone']),
  level: z.enum(['province', 'district', 'commune']),
  parentId: z.string().min(1).nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  legalBasis: z.string().min(1).optional(),
  notes: z.string().min(1).optional(),
});

const SuccessionSchema = z.strictObject({
  fromId: z.string().min(1),
  toId: z.string().min(1),
  partial: z.boolean(),
  effective: isoDate,
  legalBasis: z.string().min(1).optional(),
  notes: z.string().min(1).optional(),
});

export const UnitsDataSchema = z.strictObject({
  source: z.string().min(1),
  province: z.strictObject({ id: z.string().min(1), code: z.string().min(1), name: z.string().min(1) }),
  units: z.array(UnitSchema).min(1),
  succession: z.array(SuccessionSchema),
});

/** Validates already-parsed JSON against the units file format. */
export function parseUnitsData(raw: unknown): UnitsData {
  const result = UnitsDataSchema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid units data:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates the units file (default: the bundled Quảng Ninh file). */
export function loadUnitsData(file: URL = DATA_FILE): UnitsData {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return parseUnitsData(raw);
}

let cached: UnitCatalog | undefined;

/** The catalog of the bundled units file, built on first use and shared afterwards. */
export function unitCatalog(): UnitCatalog {
  cached ??= buildUnitCatalog(loadUnitsData());
  return cached;
}
