import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { PlanStatus } from '../../domain/cycle/plan-machine.js';
import type { BusinessPlanTable, BusinessPlanTransitionTable } from '../schema-cycle.js';
import type { DB } from '../schema.js';
import { producerIdsInScope } from './ideas.js';

export type PlanRow = Selectable<BusinessPlanTable> & { producer_name: string; producer_unit_id: string; idea_title: string };
export type PlanTransitionRow = Selectable<BusinessPlanTransitionTable>;

export type PlanFilter = {
  scope: ProducerScope;
  roundId?: number | undefined;
  producerId?: number | undefined;
  status?: PlanStatus | undefined;
};

function joined(db: Kysely<DB>) {
  return db
    .selectFrom('business_plan')
    .innerJoin('producer', 'producer.id', 'business_plan.producer_id')
    .innerJoin('product_idea', 'product_idea.id', 'business_plan.idea_id')
    .selectAll('business_plan')
    .select(['producer.name as producer_name', 'producer.unit_id as producer_unit_id', 'product_idea.title as idea_title']);
}

function filtered(db: Kysely<DB>, f: PlanFilter) {
  let q = joined(db);
  const inScope = producerIdsInScope(db, f.scope);
  if (inScope !== undefined) q = q.where('business_plan.producer_id', 'in', inScope);
  if (f.roundId !== undefined) q = q.where('business_plan.round_id', '=', f.roundId);
  if (f.producerId !== undefined) q = q.where('business_plan.producer_id', '=', f.producerId);
  if (f.status !== undefined) q = q.where('business_plan.status', '=', f.status);
  return q;
}

export async function listPlanRows(db: Kysely<DB>, f: PlanFilter, limit: number, offset: number): Promise<PlanRow[]> {
  return filtered(db, f).orderBy('business_plan.updated_at', 'desc').orderBy('business_plan.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countPlanRows(db: Kysely<DB>, f: PlanFilter): Promise<number> {
  const r = await filtered(db, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPlan(db: Kysely<DB>, id: number): Promise<PlanRow | undefined> {
  return joined(db).where('business_plan.id', '=', id).executeTakeFirst();
}

export async function findPlanIdByIdea(db: Kysely<DB>, ideaId: number): Promise<number | undefined> {
  const r = await db.selectFrom('business_plan').select('id').where('idea_id', '=', ideaId).executeTakeFirst();
  return r?.id;
}

export async function insertPlan(db: Kysely<DB>, row: Insertable<BusinessPlanTable>): Promise<number> {
  const r = await db.insertInto('business_plan').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Updates the plan only while its status is still `from`; false when someone else changed it first. */
export async function updatePlanInState(db: Kysely<DB>, id: number, from: PlanStatus, patch: Updateable<BusinessPlanTable>): Promise<boolean> {
  const r = await db.updateTable('business_plan').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertPlanTransition(db: Kysely<DB>, row: Insertable<BusinessPlanTransitionTable>): Promise<void> {
  await db.insertInto('business_plan_transition').values(row).execute();
}

export async function listPlanTransitions(db: Kysely<DB>, planId: number): Promise<PlanTransitionRow[]> {
  return db.selectFrom('business_plan_transition').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
}
