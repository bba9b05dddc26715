import type { Kysely } from 'kysely';
import { type PlanRow, findPlan } from '../../db/repositories/business-plans.js';
import type { DB } from '../../db/schema.js';
import type { Party } from '../../domain/cycle/machine.js';
import type { Actor } from '../../domain/roles.js';
import { notFound } from '../errors.js';
import { partiesFor } from '../ideas/cycle-access.js';

/** The plan with the caller's parties; absent and out-of-scope both answer 404. */
export async function loadPlan(db: Kysely<DB>, actor: Actor, planId: number): Promise<{ row: PlanRow; parties: Party[] }> {
  const row = await findPlan(db, planId);
  if (row === undefined) throw notFound('Business plan');
  const parties = await partiesFor(db, actor, { id: row.producer_id, unit_id: row.producer_unit_id }, 'Business plan');
  return { row, parties };
}
