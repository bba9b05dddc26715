import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, UnitSuccessionTable, UnitTable } from '../schema.js';

export type UnitRow = Selectable<UnitTable>;

export async function upsertUnits(db: Kysely<DB>, rows: Insertable<UnitTable>[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('unit')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ code: row.code, name: row.name, type: row.type, level: row.level, parent_id: row.parent_id, valid_from: row.valid_from, valid_to: row.valid_to, legal_basis: row.legal_basis, notes: row.notes }))
      .execute();
  }
}

export async function replaceSuccessions(db: Kysely<DB>, rows: Insertable<UnitSuccessionTable>[]): Promise<void> {
  await db.deleteFrom('unit_succession').execute();
  if (rows.length > 0) await db.insertInto('unit_succession').values(rows).execute();
}

export async function findUnit(db: Kysely<DB>, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function allUnits(db: Kysely<DB>): Promise<UnitRow[]> {
  return db.selectFrom('unit').selectAll().orderBy('level').orderBy('name').execute();
}

export async function successionLinks(db: Kysely<DB>, unitId: string) {
  const [successors, predecessors] = await Promise.all([
    db.selectFrom('unit_succession').selectAll().where('from_id', '=', unitId).execute(),
    db.selectFrom('unit_succession').selectAll().where('to_id', '=', unitId).execute(),
  ]);
  return { successors, predecessors };
}

/**
 * The unit, everything inside it, and every unit that became part of it (transitively): the
 * set of unit ids a commune officer of `unitId` may see records in. Records made before the 2025
 * reorganisation keep their old unit id, so the predecessors must be included.
 */
export async function unitScopeIds(db: Kysely<DB>, unitId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive scope(id) as (
      select ${unitId}
      union
      select x.id from scope
      join (select from_id as id, to_id as up from unit_succession
            union all
            select id, parent_id as up from unit where parent_id is not null) x on x.up = scope.id
    )
    select id from scope`.execute(db);
  return rows.rows.map((r) => r.id);
}
