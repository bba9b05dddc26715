import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CoarseLocation } from '../../domain/stamps/signals.js';

// Provinces a scan can be placed in (coarse: the buyer picks one, or a proxy's GeoIP header
// names one) and their seats' coordinates, which the impossible-travel rule measures between.

const ProvincesFile = z.strictObject({
  note: z.string(),
  provinces: z.array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), vi: z.string(), en: z.string(), lat: z.number(), lon: z.number() })).length(34),
});
export type Province = z.infer<typeof ProvincesFile>['provinces'][number];

let provinces: readonly Province[] | undefined;

export function allProvinces(): readonly Province[] {
  provinces ??= ProvincesFile.parse(JSON.parse(readFileSync(new URL('./provinces.json', import.meta.url), 'utf8'))).provinces;
  return provinces;
}

export function findProvince(id: string | null | undefined): Province | undefined {
  return id === null || id === undefined ? undefined : allProvinces().find((p) => p.id === id);
}

export function isProvinceId(id: string): boolean {
  return findProvince(id) !== undefined;
}

export function provinceName(id: string | null, lang: 'vi' | 'en'): string | null {
  const p = findProvince(id);
  return p === undefined ? null : p[lang];
}

/** A scan location for the signal rules: the province with its seat's coordinates. */
export function locationOf(id: string | null): CoarseLocation {
  const p = findProvince(id);
  return p === undefined ? { province: id } : { province: p.id, lat: p.lat, lon: p.lon };
}
