import type { Kysely } from 'kysely';
import { findRound } from '../../db/repositories/rounds.js';
import { type SupportRow, findSupport } from '../../db/repositories/support.js';
import type { DB } from '../../db/schema.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { cycleScope } from '../ideas/cycle-access.js';

/** Support is recorded by province staff, or by the commune officer for producers in their commune. */
export function assertSupportRecorder(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') {
    throw forbidden('Only province OCOP staff or the commune officer can record support activities');
  }
}

/** The activity if the caller may see it; absent and out-of-scope both answer 404. */
export async function loadSupport(db: Kysely<DB>, actor: Actor, id: number): Promise<SupportRow> {
  const row = await findSupport(db, id);
  const scope = await cycleScope(db, actor);
  if (row === undefined || !scopeAllows(scope, { id: row.producer_id, unit_id: row.producer_unit_id })) throw notFound('Support activity');
  return row;
}

export async function assertRoundExists(db: Kysely<DB>, roundId: number | null | undefined): Promise<void> {
  if (roundId === null || roundId === undefined) return;
  if ((await findRound(db, roundId)) === undefined) throw invalid('Unknown round', [{ path: 'body.roundId', message: 'no such round' }]);
}
