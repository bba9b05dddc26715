import type { Kysely } from 'kysely';
import { findRoundByName } from '../../db/repositories/rounds.js';
import type { DB } from '../../db/schema.js';
import { type RoundDates, checkRoundDates } from '../../domain/cycle/round-dates.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { conflict, forbidden, invalid } from '../errors.js';

export function assertRoundManager(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province OCOP staff can configure rounds');
}

/** The step dates must run forwards; each offending date is named by its body path. */
export function assertOrderedDates(dates: RoundDates): void {
  const issues = checkRoundDates(dates);
  if (issues.length > 0) {
    throw invalid('The round\'s dates are out of order', issues.map((i) => ({ path: `body.${i.field}`, message: i.message })));
  }
}

export async function assertUniqueName(db: Kysely<DB>, year: number, name: string, exceptId?: number): Promise<void> {
  const other = await findRoundByName(db, year, name);
  if (other !== undefined && other.id !== exceptId) {
    throw conflict('A round with this name already exists for the year', [{ path: 'body.name', message: 'already used' }]);
  }
}
