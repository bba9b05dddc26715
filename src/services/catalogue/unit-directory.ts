import { type UnitEntry, unitDirectoryRows } from '../../db/repositories/catalogue.js';
import type { ServiceContext } from '../context.js';

// The units the public catalogue names and filters by. Since 1 July 2025 the province has new
// communes; a producer still filed under a pre-2025 unit is shown under (and found by) the new
// commune it became part of, following unit_succession. The register changes once in years, so
// it is read once per few minutes rather than on every page.

export type UnitDirectory = {
  /** Current commune-level units, by name: the filter's choices. */
  communes: readonly UnitEntry[];
  /** The name of the current unit a (possibly old) unit id resolves to. */
  currentName(unitId: string): string | null;
  /** The current unit id a (possibly old) unit id resolves to. */
  currentId(unitId: string): string;
};

const TTL_MS = 5 * 60_000;
const cache = new WeakMap<ServiceContext['readDb'], { at: number; dir: UnitDirectory }>();

function build(units: readonly UnitEntry[], successions: readonly { from_id: string; to_id: string; partial: number }[]): UnitDirectory {
  const byId = new Map(units.map((u) => [u.id, u]));
  // Whole mergers sort before partial ones, so a split unit resolves to where its bulk went.
  const next = new Map<string, string>();
  for (const s of successions) if (!next.has(s.from_id)) next.set(s.from_id, s.to_id);
  const currentId = (unitId: string): string => {
    let id = unitId;
    for (let hops = 0; hops < 5; hops += 1) {
      const unit = byId.get(id);
      const successor = next.get(id);
      if (unit === undefined || unit.valid_to === null || successor === undefined) return id;
      id = successor;
    }
    return id;
  };
  return {
    communes: units.filter((u) => u.level === 'commune' && u.valid_to === null),
    currentId,
    currentName: (unitId) => byId.get(currentId(unitId))?.name ?? null,
  };
}

export async function unitDirectory(ctx: ServiceContext): Promise<UnitDirectory> {
  const hit = cache.get(ctx.readDb);
  const now = Date.now();
  if (hit !== undefined && now - hit.at < TTL_MS) return hit.dir;
  const rows = await unitDirectoryRows(ctx.readDb);
  const dir = build(rows.units, rows.successions);
  cache.set(ctx.readDb, { at: now, dir });
  return dir;
}
