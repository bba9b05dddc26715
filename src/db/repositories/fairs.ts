import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { FairTable } from '../schema-catalogue.js';
import type { DB } from '../schema.js';
import { LISTED_STATUSES } from './catalogue.js';

export type FairRow = Selectable<FairTable>;
export type FairFilter = { from?: string | undefined; to?: string | undefined };

function filtered(db: Kysely<DB>, f: FairFilter) {
  let q = db.selectFrom('fair');
  if (f.from !== undefined) q = q.where('ends_on', '>=', f.from);
  if (f.to !== undefined) q = q.where('starts_on', '<=', f.to);
  return q;
}

export async function listFairRows(db: Kysely<DB>, f: FairFilter, limit: number, offset: number, direction: 'asc' | 'desc' = 'asc'): Promise<FairRow[]> {
  return filtered(db, f).selectAll().orderBy('starts_on', direction).orderBy('id', direction).limit(limit).offset(offset).execute();
}

export async function countFairRows(db: Kysely<DB>, f: FairFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Fairs that ended before `before`, most recent first. */
export async function pastFairRows(db: Kysely<DB>, before: string, limit: number): Promise<FairRow[]> {
  return db.selectFrom('fair').selectAll().where('ends_on', '<', before).orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function findFair(db: Kysely<DB>, id: number): Promise<FairRow | undefined> {
  return db.selectFrom('fair').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFair(db: Kysely<DB>, row: Insertable<FairTable>): Promise<FairRow> {
  return db.insertInto('fair').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateFairRow(db: Kysely<DB>, id: number, patch: Updateable<FairTable>): Promise<void> {
  await db.updateTable('fair').set(patch).where('id', '=', id).execute();
}

export async function deleteFairRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('fair_product').where('fair_id', '=', id).execute();
  await db.deleteFrom('fair').where('id', '=', id).execute();
}

export async function replaceFairProducts(db: Kysely<DB>, fairId: number, productIds: readonly number[]): Promise<void> {
  await db.deleteFrom('fair_product').where('fair_id', '=', fairId).execute();
  if (productIds.length > 0) await db.insertInto('fair_product').values(productIds.map((product_id) => ({ fair_id: fairId, product_id }))).execute();
}

/** Product ids attached to each of the fairs (every status: the office's own view). */
export async function fairProductIds(db: Kysely<DB>, fairIds: readonly number[]): Promise<{ fair_id: number; product_id: number }[]> {
  if (fairIds.length === 0) return [];
  return db.selectFrom('fair_product').select(['fair_id', 'product_id']).where('fair_id', 'in', fairIds).orderBy('fair_id').orderBy('product_id').execute();
}

/** Listed products shown at each of the fairs, for the public pages. */
export async function listedFairProducts(db: Kysely<DB>, fairIds: readonly number[]) {
  if (fairIds.length === 0) return [];
  return db.selectFrom('fair_product').innerJoin('product', 'product.id', 'fair_product.product_id')
    .select(['fair_product.fair_id', 'product.id', 'product.name', 'product.name_en', 'product.star'])
    .where('fair_product.fair_id', 'in', fairIds).where('product.status', 'in', LISTED_STATUSES)
    .orderBy('product.name').execute();
}

/** Fairs a product attends that have not ended by `today`, soonest first. */
export async function upcomingFairsOf(db: Kysely<DB>, productId: number, today: string, limit: number): Promise<FairRow[]> {
  return db.selectFrom('fair').innerJoin('fair_product', 'fair_product.fair_id', 'fair.id').selectAll('fair')
    .where('fair_product.product_id', '=', productId).where('fair.ends_on', '>=', today)
    .orderBy('fair.starts_on').limit(limit).execute();
}

/** Which of these ids are products that exist, with their status. */
export async function productStatuses(db: Kysely<DB>, ids: readonly number[]): Promise<{ id: number; status: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('product').select(['id', 'status']).where('id', 'in', ids).execute();
}

/** Ids of certified products with any of these exact names (the demo loader attaches by name). */
export async function certifiedProductIdsNamed(db: Kysely<DB>, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('product').select('id').distinct().where('name', 'in', names).where('status', '=', 'certified').orderBy('id').execute();
  return rows.map((r) => r.id);
}
