import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { IdeaStatus } from '../../domain/cycle/idea-machine.js';
import type { ProductIdeaTable, ProductIdeaTransitionTable } from '../schema-cycle.js';
import type { DB } from '../schema.js';

export type IdeaRow = Selectable<ProductIdeaTable> & { producer_name: string; producer_unit_id: string; round_name: string };
export type IdeaTransitionRow = Selectable<ProductIdeaTransitionTable>;

export type IdeaFilter = {
  scope: ProducerScope;
  roundId?: number | undefined;
  producerId?: number | undefined;
  status?: IdeaStatus | undefined;
};

/**
 * The producers a scope covers, as a subquery for `producer_id in (…)`; undefined means every
 * producer (no condition). Shared by the cycle's repositories (ideas, plans, support).
 */
export function producerIdsInScope(db: Kysely<DB>, scope: ProducerScope) {
  const ids = db.selectFrom('producer').select('producer.id');
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'units':
      return ids.where('producer.unit_id', 'in', scope.unitIds);
    case 'producer':
      return ids.where('producer.id', '=', scope.producerId);
    case 'none':
      return ids.where((eb) => eb.val(1), '=', 0);
  }
}

function joined(db: Kysely<DB>) {
  return db
    .selectFrom('product_idea')
    .innerJoin('producer', 'producer.id', 'product_idea.producer_id')
    .innerJoin('cycle_round', 'cycle_round.id', 'product_idea.round_id')
    .selectAll('product_idea')
    .select(['producer.name as producer_name', 'producer.unit_id as producer_unit_id', 'cycle_round.name as round_name']);
}

function filtered(db: Kysely<DB>, f: IdeaFilter) {
  let q = joined(db);
  const inScope = producerIdsInScope(db, f.scope);
  if (inScope !== undefined) q = q.where('product_idea.producer_id', 'in', inScope);
  if (f.roundId !== undefined) q = q.where('product_idea.round_id', '=', f.roundId);
  if (f.producerId !== undefined) q = q.where('product_idea.producer_id', '=', f.producerId);
  if (f.status !== undefined) q = q.where('product_idea.status', '=', f.status);
  return q;
}

export async function listIdeaRows(db: Kysely<DB>, f: IdeaFilter, limit: number, offset: number): Promise<IdeaRow[]> {
  return filtered(db, f).orderBy('product_idea.updated_at', 'desc').orderBy('product_idea.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countIdeaRows(db: Kysely<DB>, f: IdeaFilter): Promise<number> {
  const r = await filtered(db, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findIdea(db: Kysely<DB>, id: number): Promise<IdeaRow | undefined> {
  return joined(db).where('product_idea.id', '=', id).executeTakeFirst();
}

export async function insertIdea(db: Kysely<DB>, row: Insertable<ProductIdeaTable>): Promise<number> {
  const r = await db.insertInto('product_idea').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Updates the idea only while its status is still `from` (edits and status changes alike), so
 * two people acting at once cannot both succeed; false when someone else changed it first.
 */
export async function updateIdeaInState(db: Kysely<DB>, id: number, from: IdeaStatus, patch: Updateable<ProductIdeaTable>): Promise<boolean> {
  const r = await db.updateTable('product_idea').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertIdeaTransition(db: Kysely<DB>, row: Insertable<ProductIdeaTransitionTable>): Promise<void> {
  await db.insertInto('product_idea_transition').values(row).execute();
}

export async function listIdeaTransitions(db: Kysely<DB>, ideaId: number): Promise<IdeaTransitionRow[]> {
  return db.selectFrom('product_idea_transition').selectAll().where('idea_id', '=', ideaId).orderBy('id').execute();
}

/** The producer a registry product belongs to (the only product column the cycle relies on). */
export async function findProductOwner(db: Kysely<DB>, productId: number): Promise<number | undefined> {
  const r = await db.selectFrom('product').select('producer_id').where('id', '=', productId).executeTakeFirst();
  return r?.producer_id;
}
