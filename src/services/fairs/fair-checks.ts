import type { Kysely } from 'kysely';
import { productStatuses } from '../../db/repositories/fairs.js';
import { findUnit } from '../../db/repositories/units.js';
import type { DB } from '../../db/schema.js';
import { RATED_STATUSES } from '../../domain/product-status.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { type FieldIssue, forbidden, invalid } from '../errors.js';

export function assertFairManager(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province OCOP staff can maintain the fairs calendar');
}

type FairFacts = { unitId: string | null; startsOn: string; endsOn: string; productIds: readonly number[] };

/** Dates in order, a unit that exists, and products that have been rated; every problem named by its body path. */
export async function assertValidFair(db: Kysely<DB>, f: FairFacts): Promise<void> {
  const issues: FieldIssue[] = [];
  if (f.endsOn < f.startsOn) issues.push({ path: 'body.endsOn', message: `must be on or after startsOn (${f.startsOn})` });
  if (f.unitId !== null && (await findUnit(db, f.unitId)) === undefined) issues.push({ path: 'body.unitId', message: 'no such unit' });
  const found = new Map((await productStatuses(db, f.productIds)).map((p) => [p.id, p.status]));
  f.productIds.forEach((id, i) => {
    const status = found.get(id);
    if (status === undefined) issues.push({ path: `body.productIds.${i}`, message: 'no such product' });
    else if (!RATED_STATUSES.some((s) => s === status)) issues.push({ path: `body.productIds.${i}`, message: 'only OCOP-rated products can be shown at a fair' });
  });
  if (new Set(f.productIds).size !== f.productIds.length) issues.push({ path: 'body.productIds', message: 'lists a product twice' });
  if (issues.length > 0) throw invalid('The fair is not valid', issues);
}
