import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { scopeProblem } from '../../domain/roles.js';
import { invalid } from '../errors.js';

/** A commune officer must name an existing unit; a producer member an existing producer. */
export async function checkUserScope(
  db: Kysely<DB>,
  s: { role: Role; unitId: string | null; producerId: number | null },
): Promise<void> {
  const missing = scopeProblem(s.role, s.unitId, s.producerId);
  if (missing !== undefined) throw invalid(`Role ${s.role} needs ${missing}`, [{ path: `body.${missing}`, message: 'required for this role' }]);
  if (s.unitId !== null) {
    const unit = await db.selectFrom('unit').select('id').where('id', '=', s.unitId).executeTakeFirst();
    if (unit === undefined) throw invalid('Unknown unit', [{ path: 'body.unitId', message: `no unit '${s.unitId}'` }]);
  }
  if (s.producerId !== null) {
    const p = await db.selectFrom('producer').select('id').where('id', '=', s.producerId).executeTakeFirst();
    if (p === undefined) throw invalid('Unknown producer', [{ path: 'body.producerId', message: `no producer ${s.producerId}` }]);
  }
}
