import { type Kysely, type SqlBool, sql } from 'kysely';
import type { ProductStatus } from '../../domain/product-status.js';
import type { DB, ProducerType } from '../schema.js';
import { containsFolded, escapeLike } from './search.js';

// Reads of the public catalogue. Listed means certified, or certified once and now expired (the
// page says so); drafts, products under evaluation and revoked products are never listed.

export const LISTED_STATUSES: readonly ProductStatus[] = ['certified', 'expired'];

export type CatalogueFilter = {
  /** Already folded with foldForSearch. */
  q?: string | undefined;
  star?: number | undefined;
  setNumber?: number | undefined;
  /** Producers filed under any of these units (a new commune and the old units that became part of it). */
  unitIds?: string[] | undefined;
  producerType?: ProducerType | undefined;
  producerId?: number | undefined;
};

export type CatalogueRow = {
  id: number; name: string; name_en: string | null; star: number | null; status: ProductStatus; set_number: number; price_vnd: number | null;
  producer_id: number; producer_name: string; producer_type: ProducerType; producer_unit_id: string;
};

function listed(db: Kysely<DB>, f: CatalogueFilter) {
  let q = db.selectFrom('product').innerJoin('producer', 'producer.id', 'product.producer_id').where('product.status', 'in', LISTED_STATUSES);
  if (f.star !== undefined) q = q.where('product.star', '=', f.star);
  if (f.setNumber !== undefined) q = q.where('product.set_number', '=', f.setNumber);
  if (f.unitIds !== undefined) q = q.where('producer.unit_id', 'in', f.unitIds);
  if (f.producerType !== undefined) q = q.where('producer.type', '=', f.producerType);
  if (f.producerId !== undefined) q = q.where('product.producer_id', '=', f.producerId);
  const text = f.q;
  if (text !== undefined && text !== '') {
    // English names are not folded in the table; lower() is enough for them (ASCII on both engines).
    const english = sql<SqlBool>`lower(${sql.ref('product.name_en')}) like ${`%${escapeLike(text)}%`} escape '\\'`;
    q = q.where((eb) => eb.or([containsFolded('product.name_folded', text), containsFolded('producer.name_folded', text), english]));
  }
  return q;
}

export async function listCatalogueRows(db: Kysely<DB>, f: CatalogueFilter, limit: number, offset: number): Promise<CatalogueRow[]> {
  const rows = await listed(db, f)
    .select([
      'product.id', 'product.name', 'product.name_en', 'product.star', 'product.status', 'product.set_number', 'product.price_vnd',
      'product.producer_id', 'producer.name as producer_name', 'producer.type as producer_type', 'producer.unit_id as producer_unit_id',
    ])
    // Valid certificates first, then the higher stars, then by name.
    .orderBy('product.status').orderBy('product.star', 'desc').orderBy('product.name').orderBy('product.id')
    .limit(limit).offset(offset).execute();
  return rows.map((r) => ({ ...r, price_vnd: r.price_vnd === null ? null : Number(r.price_vnd) }));
}

export async function countCatalogueRows(db: Kysely<DB>, f: CatalogueFilter): Promise<number> {
  const r = await listed(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every listed product and every producer with one, for the sitemap. */
export async function sitemapRows(db: Kysely<DB>): Promise<{ products: { id: number; updated_at: string }[]; producers: { id: number; updated_at: string }[] }> {
  const products = await listed(db, {}).select(['product.id', 'product.updated_at']).orderBy('product.id').execute();
  const producers = await listed(db, {}).select(['producer.id']).select((eb) => eb.fn.max('producer.updated_at').as('updated_at'))
    .groupBy('producer.id').orderBy('producer.id').execute();
  return { products, producers: producers.map((p) => ({ id: p.id, updated_at: String(p.updated_at) })) };
}

/** A producer with at least one listed product, else undefined. */
export async function findListedProducer(db: Kysely<DB>, producerId: number) {
  return db.selectFrom('producer')
    .select(['id', 'name', 'type', 'unit_id', 'website', 'updated_at'])
    .where('id', '=', producerId)
    .where((eb) => eb.exists(eb.selectFrom('product').select('product.id').whereRef('product.producer_id', '=', 'producer.id').where('product.status', 'in', LISTED_STATUSES)))
    .executeTakeFirst();
}

export type UnitEntry = { id: string; name: string; level: string; valid_to: string | null };

/** The unit register (a few hundred rows) and how old units became new ones. */
export async function unitDirectoryRows(db: Kysely<DB>): Promise<{ units: UnitEntry[]; successions: { from_id: string; to_id: string; partial: number }[] }> {
  const [units, successions] = await Promise.all([
    db.selectFrom('unit').select(['id', 'name', 'level', 'valid_to']).orderBy('name').execute(),
    db.selectFrom('unit_succession').select(['from_id', 'to_id', 'partial']).orderBy('partial').orderBy('to_id').execute(),
  ]);
  return { units, successions };
}
