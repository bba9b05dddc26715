import type { Kysely } from 'kysely';
import { type IdeaRow, findIdea, findProductOwner } from '../../db/repositories/ideas.js';
import type { DB } from '../../db/schema.js';
import type { Party } from '../../domain/cycle/machine.js';
import type { Actor } from '../../domain/roles.js';
import { invalid, notFound } from '../errors.js';
import { partiesFor } from './cycle-access.js';

/** The idea with the caller's parties; absent and out-of-scope both answer 404. */
export async function loadIdea(db: Kysely<DB>, actor: Actor, ideaId: number): Promise<{ row: IdeaRow; parties: Party[] }> {
  const row = await findIdea(db, ideaId);
  if (row === undefined) throw notFound('Idea');
  const parties = await partiesFor(db, actor, { id: row.producer_id, unit_id: row.producer_unit_id }, 'Idea');
  return { row, parties };
}

/** A product named in the body must be one of the producer's own registry products. */
export async function assertProductOf(db: Kysely<DB>, productId: number | null | undefined, producerId: number, path: string): Promise<void> {
  if (productId === null || productId === undefined) return;
  if ((await findProductOwner(db, productId)) !== producerId) {
    throw invalid('Unknown product', [{ path, message: "not a product of this idea's producer" }]);
  }
}
