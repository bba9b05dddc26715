// Reference data every register page needs (all administrative units, the product catalogue):
// fetched once per page load and shared, since it changes only with a new release.
import { api } from './api.js';
import { UnitList, type Unit } from './api-types.js';
import { Catalogue } from './api-registry.js';
import { useResource, type Resource } from './use-resource.js';

function cached<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    // A failed load is forgotten so the next page can try again.
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export type UnitIndex = { all: Unit[]; byId: Map<string, Unit> };

const loadUnits = cached(async (): Promise<UnitIndex> => {
  const { items } = await api('/units', UnitList);
  return { all: items, byId: new Map(items.map((unit) => [String(unit.id), unit])) };
});

const loadCatalogue = cached(() => api('/catalogue', Catalogue));

export function useUnits(): Resource<UnitIndex> {
  return useResource('units:all', () => loadUnits());
}

export function useCatalogue(): Resource<Catalogue> {
  return useResource('catalogue', () => loadCatalogue());
}

/** Units that ended with the 2025 reorganisation carry an end date; today's map has none. */
export function isOldUnit(unit: Unit): boolean {
  return unit.validTo !== null && unit.validTo !== undefined;
}

/**
 * A unit's name as a reader needs it: old communes repeat across districts, so the district
 * is added, and the period is named for any unit of the old map.
 */
export function unitLabel(index: UnitIndex | undefined, id: string, oldSuffix: string): string {
  const unit = index?.byId.get(id);
  if (unit === undefined) return id;
  if (!isOldUnit(unit)) return unit.name;
  const parent = unit.parentId === null || unit.parentId === undefined ? undefined : index?.byId.get(String(unit.parentId));
  const district = parent !== undefined && parent.level === 'district' ? `, ${parent.name}` : '';
  return `${unit.name}${district} (${oldSuffix})`;
}
