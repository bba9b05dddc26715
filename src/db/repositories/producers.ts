import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ProducerTable, ProducerType } from '../schema.js';
import type { ProducerScope } from '../../domain/scope.js';

export type ProducerRow = Selectable<ProducerTable>;

export type ProducerFilter = { scope: ProducerScope; q?: string | undefined; type?: ProducerType | undefined; unitIds?: string[] | undefined };

function filtered(db: Kysely<DB>, f: ProducerFilter) {
  let q = db.selectFrom('producer');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('unit_id', 'in', s.unitIds);
  if (f.type !== undefined) q = q.where('type', '=', f.type);
  if (f.unitIds !== undefined) q = q.where('unit_id', 'in', f.unitIds);
  if (f.q !== undefined && f.q !== '') q = q.where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${f.q?.toLowerCase()}%`));
  return q;
}

export async function listProducerRows(db: Kysely<DB>, f: ProducerFilter, limit: number, offset: number): Promise<ProducerRow[]> {
  return filtered(db, f).selectAll().orderBy('name').orderBy('id').limit(limit).offset(offset).execute();
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

export async function insertProducer(db: Kysely<DB>, row: Insertable<ProducerTable>): Promise<ProducerRow> {
  return db.insertInto('producer').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateProducerRow(db: Kysely<DB>, id: number, patch: Updateable<ProducerTable>): Promise<ProducerRow> {
  return db.updateTable('producer').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
