import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ProducerType } from '../schema.js';
import type { ProducerScope } from '../../domain/scope.js';
import { type SortDirection, containsFolded } from './search.js';

export type ProducerRow = Selectable<DB['producer']>;
export type ProducerInsert = Insertable<DB['producer']>;
export type ProducerPatch = Updateable<DB['producer']>;

export type ProducerSort = { column: 'name' | 'created_at'; direction: SortDirection };

export type ProducerFilter = {
  scope: ProducerScope;
  /** Already folded with foldForSearch. */
  q?: string | undefined;
  type?: ProducerType | undefined;
  /** Producers filed under any of these units. */
  unitIds?: string[] | undefined;
};

function filtered(db: Kysely<DB>, f: ProducerFilter) {
  let q = db.selectFrom('producer');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('unit_id', 'in', s.unitIds);
  if (f.type !== undefined) q = q.where('type', '=', f.type);
  if (f.unitIds !== undefined) q = q.where('unit_id', 'in', f.unitIds);
  if (f.q !== undefined && f.q !== '') q = q.where(containsFolded('producer.name_folded', f.q));
  return q;
}

export async function listProducerRows(db: Kysely<DB>, f: ProducerFilter, limit: number, offset: number, sort: ProducerSort = { column: 'name', direction: 'asc' }): Promise<ProducerRow[]> {
  return filtered(db, f).selectAll().orderBy(sort.column, sort.direction).orderBy('id').limit(limit).offset(offset).execute();
}

export async function countProducerRows(db: Kysely<DB>, f: ProducerFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findProducer(db: Kysely<DB>, id: number): Promise<ProducerRow | undefined> {
  return db.selectFrom('producer').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProducerByTaxCode(db: Kysely<DB>, taxCode: string): Promise<ProducerRow | undefined> {
  return db.selectFrom('producer').selectAll().where('tax_code', '=', taxCode).executeTakeFirst();
}

export async function findProducerByRegistrationNo(db: Kysely<DB>, registrationNo: string): Promise<ProducerRow | undefined> {
  return db.selectFrom('producer').selectAll().where('registration_no', '=', registrationNo).executeTakeFirst();
}

/** Producers holding any of these tax codes or registration numbers (spreadsheet keys). */
export async function findProducersByKeys(db: Kysely<DB>, keys: string[]): Promise<ProducerRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('producer').selectAll().where((eb) => eb.or([eb('tax_code', 'in', keys), eb('registration_no', 'in', keys)])).execute();
}

export async function insertProducer(db: Kysely<DB>, row: ProducerInsert): Promise<ProducerRow> {
  return db.insertInto('producer').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateProducerRow(db: Kysely<DB>, id: number, patch: ProducerPatch): Promise<ProducerRow> {
  return db.updateTable('producer').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteProducerRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('producer').where('id', '=', id).execute();
}

export async function producerMembers(db: Kysely<DB>, producerId: number) {
  return db.selectFrom('app_user').select(['id', 'username', 'display_name', 'email', 'active', 'created_at']).where('producer_id', '=', producerId).orderBy('username').execute();
}
