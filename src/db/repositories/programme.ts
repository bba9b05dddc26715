import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ProgrammeFundingTable, ProgrammeTargetTable, TargetMetric } from '../schema-reports.js';
import type { DB } from '../schema.js';

export type FundingRow = Selectable<ProgrammeFundingTable> & { unit_name: string | null };
export type TargetRow = Selectable<ProgrammeTargetTable> & { unit_name: string | null };

function fundingQuery(db: Kysely<DB>) {
  return db.selectFrom('programme_funding as f').leftJoin('unit as u', 'u.id', 'f.unit_id').selectAll('f').select('u.name as unit_name');
}

function targetQuery(db: Kysely<DB>) {
  return db.selectFrom('programme_target as t').leftJoin('unit as u', 'u.id', 't.unit_id').selectAll('t').select('u.name as unit_name');
}

const fundingNumbers = (r: FundingRow): FundingRow => ({ ...r, amount_vnd: Number(r.amount_vnd) });
const targetNumbers = (r: TargetRow): TargetRow => ({ ...r, value: Number(r.value) });

export async function listFundingRows(db: Kysely<DB>, year: number | undefined): Promise<FundingRow[]> {
  let q = fundingQuery(db);
  if (year !== undefined) q = q.where('f.year', '=', year);
  const rows = await q.orderBy('f.year', 'desc').orderBy('f.id').execute();
  return rows.map(fundingNumbers);
}

export async function findFunding(db: Kysely<DB>, id: number): Promise<FundingRow | undefined> {
  const row = await fundingQuery(db).where('f.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : fundingNumbers(row);
}

export async function insertFunding(db: Kysely<DB>, row: Insertable<ProgrammeFundingTable>): Promise<number> {
  const r = await db.insertInto('programme_funding').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateFunding(db: Kysely<DB>, id: number, patch: Updateable<ProgrammeFundingTable>): Promise<void> {
  await db.updateTable('programme_funding').set(patch).where('id', '=', id).execute();
}

export async function deleteFunding(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('programme_funding').where('id', '=', id).execute();
}

export async function listTargetRows(db: Kysely<DB>, year: number | undefined): Promise<TargetRow[]> {
  let q = targetQuery(db);
  if (year !== undefined) q = q.where('t.year', '=', year);
  const rows = await q.orderBy('t.year').orderBy('t.metric').orderBy('t.id').execute();
  return rows.map(targetNumbers);
}

export async function findTarget(db: Kysely<DB>, id: number): Promise<TargetRow | undefined> {
  const row = await targetQuery(db).where('t.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : targetNumbers(row);
}

/** The target already set for (year, metric, unit), if any: one value per combination. */
export async function findTargetFor(db: Kysely<DB>, year: number, metric: TargetMetric, unitId: string | null): Promise<TargetRow | undefined> {
  let q = targetQuery(db).where('t.year', '=', year).where('t.metric', '=', metric);
  q = unitId === null ? q.where('t.unit_id', 'is', null) : q.where('t.unit_id', '=', unitId);
  const row = await q.executeTakeFirst();
  return row === undefined ? undefined : targetNumbers(row);
}

export async function insertTarget(db: Kysely<DB>, row: Insertable<ProgrammeTargetTable>): Promise<number> {
  const r = await db.insertInto('programme_target').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateTarget(db: Kysely<DB>, id: number, patch: Updateable<ProgrammeTargetTable>): Promise<void> {
  await db.updateTable('programme_target').set(patch).where('id', '=', id).execute();
}

export async function deleteTarget(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('programme_target').where('id', '=', id).execute();
}
