import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../schema.js';
import type { ProductCertificateTable, ProductImageTable, ProductSalesPointTable } from '../schema-registry.js';

// A product's quality certificates, sales points and images: child rows kept in list order.

export type CertificateRow = Selectable<ProductCertificateTable>;
export type SalesPointRow = Selectable<ProductSalesPointTable>;
export type ImageRow = Selectable<ProductImageTable>;

export async function certificatesOf(db: Kysely<DB>, productIds: number[]): Promise<CertificateRow[]> {
  if (productIds.length === 0) return [];
  return db.selectFrom('product_certificate').selectAll().where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').execute();
}

export async function salesPointsOf(db: Kysely<DB>, productIds: number[]): Promise<SalesPointRow[]> {
  if (productIds.length === 0) return [];
  return db.selectFrom('product_sales_point').selectAll().where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').execute();
}

export async function imagesOf(db: Kysely<DB>, productIds: number[]): Promise<ImageRow[]> {
  if (productIds.length === 0) return [];
  return db.selectFrom('product_image').selectAll().where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').orderBy('id').execute();
}

export async function replaceCertificates(db: Kysely<DB>, productId: number, rows: Omit<Insertable<ProductCertificateTable>, 'product_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('product_certificate').where('product_id', '=', productId).execute();
  if (rows.length > 0) await db.insertInto('product_certificate').values(rows.map((r, position) => ({ ...r, product_id: productId, position }))).execute();
}

export async function replaceSalesPoints(db: Kysely<DB>, productId: number, rows: Omit<Insertable<ProductSalesPointTable>, 'product_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('product_sales_point').where('product_id', '=', productId).execute();
  if (rows.length > 0) await db.insertInto('product_sales_point').values(rows.map((r, position) => ({ ...r, product_id: productId, position }))).execute();
}

export async function insertImage(db: Kysely<DB>, row: Insertable<ProductImageTable>): Promise<ImageRow> {
  return db.insertInto('product_image').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findImage(db: Kysely<DB>, productId: number, imageId: number): Promise<ImageRow | undefined> {
  return db.selectFrom('product_image').selectAll().where('id', '=', imageId).where('product_id', '=', productId).executeTakeFirst();
}

export async function nextImagePosition(db: Kysely<DB>, productId: number): Promise<number> {
  const r = await db.selectFrom('product_image').select((eb) => eb.fn.max('position').as('p')).where('product_id', '=', productId).executeTakeFirst();
  return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
}

export async function deleteImageRow(db: Kysely<DB>, imageId: number): Promise<void> {
  await db.deleteFrom('product_image').where('id', '=', imageId).execute();
}
