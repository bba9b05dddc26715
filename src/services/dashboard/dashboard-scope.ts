import { findUnit } from '../../db/repositories/units.js';
import { unitScope } from '../unit-scope.js';
import { PROVINCE_STAFF, hasRole, type Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { forbidden, notFound } from '../errors.js';

// Who sees which part of the dashboard: province staff the whole province or any unit they pick;
// a commune officer their commune (with the pre-2025 units that became part of it) or a unit
// inside it; everyone else (producers, council members) nothing.

export type DashboardScope = {
  /** Producer units whose records count; null: every unit. */
  readonly unitIds: readonly string[] | null;
  readonly unitId: string | null;
  readonly unitName: string;
  /** Units whose targets apply; null: the province's own targets. */
  readonly targetUnitIds: readonly string[] | null;
};

const PROVINCE_NAME = 'Toàn tỉnh';

export async function dashboardScope(ctx: ServiceContext, actor: Actor, unitId: string | undefined): Promise<DashboardScope> {
  const isProvince = hasRole(actor, PROVINCE_STAFF);
  if (!isProvince && actor.role !== 'commune_officer') throw forbidden('The dashboard is for province and commune officials');
  const home = isProvince ? null : actor.unitId;
  if (!isProvince && home === null) throw forbidden('The account has no unit');
  const allowed = home === null ? null : await unitScope(ctx.db, home);
  const picked = unitId ?? home;
  if (picked === null) return { unitIds: null, unitId: null, unitName: PROVINCE_NAME, targetUnitIds: null };
  if (allowed !== null && !allowed.includes(picked)) throw forbidden('The unit lies outside your commune');
  const unit = await findUnit(ctx.db, picked);
  if (unit === undefined) throw notFound('Unit');
  return { unitIds: await unitScope(ctx.db, picked), unitId: picked, unitName: unit.name, targetUnitIds: [picked] };
}
