import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CycleRoundTable } from '../schema-cycle.js';
import type { DB } from '../schema.js';

export type RoundRow = Selectable<CycleRoundTable>;
export type RoundFilter = { year?: number | undefined };

function filtered(db: Kysely<DB>, f: RoundFilter) {
  let q = db.selectFrom('cycle_round');
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  return q;
}

export async function listRoundRows(db: Kysely<DB>, f: RoundFilter, limit: number, offset: number): Promise<RoundRow[]> {
  return filtered(db, f).selectAll().orderBy('year', 'desc').orderBy('idea_from', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countRoundRows(db: Kysely<DB>, f: RoundFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findRound(db: Kysely<DB>, id: number): Promise<RoundRow | undefined> {
  return db.selectFrom('cycle_round').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRoundByName(db: Kysely<DB>, year: number, name: string): Promise<RoundRow | undefined> {
  return db.selectFrom('cycle_round').selectAll().where('year', '=', year).where('name', '=', name).executeTakeFirst();
}

export async function insertRound(db: Kysely<DB>, row: Insertable<CycleRoundTable>): Promise<RoundRow> {
  return db.insertInto('cycle_round').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateRoundRow(db: Kysely<DB>, id: number, patch: Updateable<CycleRoundTable>): Promise<RoundRow> {
  return db.updateTable('cycle_round').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
