import type { Kysely } from 'kysely';
import { unitScopeIds } from '../db/repositories/units.js';
import type { DB } from '../db/schema.js';

// A unit's scope (the unit, the units inside it and the pre-2025 units that became part of it) is
// asked on nearly every request of a commune officer and by every unit filter, and it changes only
// when the units data file does, which is loaded before the server listens (loadUnits forgets the
// cache then). So it is computed once per unit and database handle.

const MAX_UNITS = 20_000;
const cache = new WeakMap<Kysely<DB>, Map<string, Promise<string[]>>>();

export function unitScope(db: Kysely<DB>, unitId: string): Promise<string[]> {
  const known = cache.get(db) ?? new Map<string, Promise<string[]>>();
  cache.set(db, known);
  const hit = known.get(unitId);
  if (hit !== undefined) return hit;
  if (known.size >= MAX_UNITS) known.clear(); // unknown ids typed into filters must not grow it forever
  const pending = unitScopeIds(db, unitId);
  known.set(unitId, pending);
  pending.catch(() => known.delete(unitId));
  return pending;
}

export function forgetUnitScopes(db: Kysely<DB>): void {
  cache.delete(db);
}
