import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { DB, ProducerType } from '../schema.js';
import type { ProductTable } from '../schema-registry.js';
import type { ProductStatus } from '../../domain/product-status.js';
import type { ProducerScope } from '../../domain/scope.js';
import { type SortDirection, containsFolded } from './search.js';

export type ProductRow = Selectable<ProductTable>;
/** A product with the producer fields lists and exports show. */
export type ProductListRow = ProductRow & { producer_name: string; producer_tax_code: string | null; producer_registration_no: string | null; producer_unit_id: string };

export type ProductSort = { column: 'name' | 'created_at' | 'star'; direction: SortDirection };

export type ProductFilter = {
  scope: ProducerScope;
  /** Already folded with foldForSearch. */
  q?: string | undefined;
  producerId?: number | undefined;
  producerType?: ProducerType | undefined;
  unitIds?: string[] | undefined;
  setNumbers?: number[] | undefined;
  star?: number | undefined;
  status?: ProductStatus | undefined;
};

function filtered(db: Kysely<DB>, f: ProductFilter) {
  let q = db.selectFrom('product').innerJoin('producer', 'producer.id', 'product.producer_id');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('producer.id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('producer.unit_id', 'in', s.unitIds);
  if (f.producerId !== undefined) q = q.where('product.producer_id', '=', f.producerId);
  if (f.producerType !== undefined) q = q.where('producer.type', '=', f.producerType);
  // An empty list matches nothing (PostgreSQL refuses `in ()`, e.g. for an unknown catalogue group).
  if (f.unitIds !== undefined) q = f.unitIds.length === 0 ? q.where((eb) => eb.val(1), '=', 0) : q.where('producer.unit_id', 'in', f.unitIds);
  if (f.setNumbers !== undefined) q = f.setNumbers.length === 0 ? q.where((eb) => eb.val(1), '=', 0) : q.where('product.set_number', 'in', f.setNumbers);
  if (f.star !== undefined) q = q.where('product.star', '=', f.star);
  if (f.status !== undefined) q = q.where('product.status', '=', f.status);
  if (f.q !== undefined && f.q !== '') q = q.where(containsFolded('product.name_folded', f.q));
  return q;
}

export async function listProductRows(db: Kysely<DB>, f: ProductFilter, limit: number, offset: number, sort: ProductSort = { column: 'name', direction: 'asc' }): Promise<ProductListRow[]> {
  let q = filtered(db, f)
    .selectAll('product')
    .select(['producer.name as producer_name', 'producer.tax_code as producer_tax_code', 'producer.registration_no as producer_registration_no', 'producer.unit_id as producer_unit_id']);
  // Unrated products sort last in both directions and on both engines.
  if (sort.column === 'star') q = q.orderBy(sql`case when product.star is null then 1 else 0 end`);
  return q.orderBy(`product.${sort.column}`, sort.direction).orderBy('product.id').limit(limit).offset(offset).execute();
}

export async function countProductRows(db: Kysely<DB>, f: ProductFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findProduct(db: Kysely<DB>, id: number): Promise<ProductRow | undefined> {
  return db.selectFrom('product').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProductByGtin(db: Kysely<DB>, gtin: string): Promise<ProductRow | undefined> {
  return db.selectFrom('product').selectAll().where('gtin', '=', gtin).executeTakeFirst();
}

export async function findProductByName(db: Kysely<DB>, producerId: number, name: string): Promise<ProductRow | undefined> {
  return db.selectFrom('product').selectAll().where('producer_id', '=', producerId).where('name', '=', name).executeTakeFirst();
}

export async function productsOfProducers(db: Kysely<DB>, producerIds: number[]): Promise<ProductRow[]> {
  if (producerIds.length === 0) return [];
  return db.selectFrom('product').selectAll().where('producer_id', 'in', producerIds).execute();
}

export async function productsWithGtins(db: Kysely<DB>, gtins: string[]): Promise<ProductRow[]> {
  if (gtins.length === 0) return [];
  return db.selectFrom('product').selectAll().where('gtin', 'in', gtins).execute();
}

export async function countProductsOfProducer(db: Kysely<DB>, producerId: number): Promise<number> {
  const r = await db.selectFrom('product').select((eb) => eb.fn.countAll<number>().as('n')).where('producer_id', '=', producerId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertProduct(db: Kysely<DB>, row: Insertable<ProductTable>): Promise<ProductRow> {
  return db.insertInto('product').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateProductRow(db: Kysely<DB>, id: number, patch: Updateable<ProductTable>): Promise<ProductRow> {
  return db.updateTable('product').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteProductRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('product').where('id', '=', id).execute();
}
