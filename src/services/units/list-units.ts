import { allUnits, findUnit, successionLinks } from '../../db/repositories/units.js';
import { matchesFolded } from '../../domain/text.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type UnitView, presentUnit } from './unit-output.js';

export type UnitQuery = {
  level?: 'province' | 'district' | 'commune' | undefined;
  /** Only units valid on this date (YYYY-MM-DD). */
  at?: string | undefined;
  q?: string | undefined;
  parentId?: string | undefined;
};

function validOn(u: UnitView, date: string): boolean {
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || date <= u.validTo);
}

/** Units are public reference data (a few hundred rows per province): filter in memory. */
export async function listUnits(ctx: ServiceContext, query: UnitQuery): Promise<UnitView[]> {
  const units = (await allUnits(ctx.db)).map(presentUnit);
  return units.filter(
    (u) =>
      (query.level === undefined || u.level === query.level) &&
      (query.at === undefined || validOn(u, query.at)) &&
      (query.parentId === undefined || u.parentId === query.parentId) &&
      (query.q === undefined || query.q.trim() === '' || matchesFolded(u.name, query.q) || u.code === query.q.trim()),
  );
}

export type UnitLink = { unit: UnitView; partial: boolean; effective: string };

export async function getUnit(ctx: ServiceContext, unitId: string): Promise<{ unit: UnitView; successors: UnitLink[]; predecessors: UnitLink[] }> {
  const unit = await findUnit(ctx.db, unitId);
  if (unit === undefined) throw notFound(`Unit '${unitId}'`);
  const links = await successionLinks(ctx.db, unitId);
  const resolve = async (id: string, partial: number, effective: string): Promise<UnitLink> => {
    const other = await findUnit(ctx.db, id);
    if (other === undefined) throw new Error(`succession names missing unit ${id}`);
    return { unit: presentUnit(other), partial: partial === 1, effective };
  };
  return {
    unit: presentUnit(unit),
    successors: await Promise.all(links.successors.map((l) => resolve(l.to_id, l.partial, l.effective))),
    predecessors: await Promise.all(links.predecessors.map((l) => resolve(l.from_id, l.partial, l.effective))),
  };
}
