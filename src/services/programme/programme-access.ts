import type { Kysely } from 'kysely';
import { findUnit } from '../../db/repositories/units.js';
import type { DB } from '../../db/schema.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { forbidden, invalid } from '../errors.js';

/** Programme figures are read by OCOP offices (province and communes) and kept by the province. */
export function assertProgrammeReader(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP offices can see the programme\'s funding and targets');
}

export function assertProgrammeKeeper(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province OCOP staff can change the programme\'s funding and targets');
}

export async function assertUnit(db: Kysely<DB>, unitId: string | null | undefined): Promise<void> {
  if (unitId === null || unitId === undefined) return;
  if ((await findUnit(db, unitId)) === undefined) throw invalid('Unknown unit', [{ path: 'body.unitId', message: 'no such unit' }]);
}
