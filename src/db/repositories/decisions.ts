import type { Insertable, Kysely, Selectable } from 'kysely';
import type { OcopDecisionTable } from '../schema-evaluation.js';
import type { DB } from '../schema.js';

export type DecisionRow = Selectable<OcopDecisionTable>;

export async function findDecisionById(db: Kysely<DB>, id: number): Promise<DecisionRow | undefined> {
  return db.selectFrom('ocop_decision').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A decision is identified by its number and date (numbers restart every year). */
export async function findDecisionByNumber(db: Kysely<DB>, number: string, decidedOn: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('ocop_decision').selectAll().where('number', '=', number).where('decided_on', '=', decidedOn).executeTakeFirst();
}

export async function insertDecisions(db: Kysely<DB>, rows: Insertable<OcopDecisionTable>[]): Promise<DecisionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('ocop_decision').values(rows).returningAll().execute();
}
