import type { Kysely } from 'kysely';
import type { DB, ProducerType } from '../schema.js';

// Certified products as open data: each product's latest certificate (not superseded) with the
// product, producer and unit names. Only public columns are selected: no phone, email, address,
// representative or tax code ever leaves this file.

export type OpenDataFilter = {
  /** Vietnam day the validity is judged on. */
  today: string;
  /** 'valid': certificates in force today; 'all': also expired and revoked ones. */
  status: 'valid' | 'all';
  star?: number | undefined;
  setNumber?: number | undefined;
  /** Certificates recorded under any of these units (a unit and the old units it absorbed). */
  unitIds?: string[] | undefined;
};

export type OpenDataRow = {
  certificate_id: number;
  product_id: number;
  product_name: string;
  product_name_en: string | null;
  set_number: number;
  producer_name: string;
  producer_type: ProducerType;
  unit_id: string;
  unit_name: string;
  star: number;
  number: string;
  issued_on: string;
  expires_on: string;
  revoked_on: string | null;
};

function filtered(db: Kysely<DB>, f: OpenDataFilter) {
  let q = db.selectFrom('certificate as c')
    .innerJoin('product as pr', 'pr.id', 'c.product_id')
    .innerJoin('producer as p', 'p.id', 'c.producer_id')
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .where('c.superseded_by', 'is', null);
  if (f.status === 'valid') {
    q = q.where('c.issued_on', '<=', f.today).where('c.expires_on', '>=', f.today)
      .where((eb) => eb.or([eb('c.revoked_on', 'is', null), eb('c.revoked_on', '>', f.today)]));
  }
  if (f.star !== undefined) q = q.where('c.star', '=', f.star);
  if (f.setNumber !== undefined) q = q.where('pr.set_number', '=', f.setNumber);
  if (f.unitIds !== undefined) q = q.where('c.unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['']);
  return q;
}

/** Rows after `afterId` in certificate id order (keyset paging for the CSV stream), or by offset. */
export async function openDataRows(db: Kysely<DB>, f: OpenDataFilter, page: { limit: number; offset?: number; afterId?: number }): Promise<OpenDataRow[]> {
  let q = filtered(db, f).select([
    'c.id as certificate_id', 'pr.id as product_id', 'pr.name as product_name', 'pr.name_en as product_name_en', 'pr.set_number',
    'p.name as producer_name', 'p.type as producer_type', 'c.unit_id', 'u.name as unit_name',
    'c.star', 'c.number', 'c.issued_on', 'c.expires_on', 'c.revoked_on',
  ]);
  if (page.afterId !== undefined) q = q.where('c.id', '>', page.afterId);
  return q.orderBy('c.id').limit(page.limit).offset(page.offset ?? 0).execute();
}

export type OpenDataStamp = { count: number; lastModified: string | null };

/** How many rows match and when any of them last changed (for ETag and Last-Modified). */
export async function openDataStamp(db: Kysely<DB>, f: OpenDataFilter): Promise<OpenDataStamp> {
  const r = await filtered(db, f).select((eb) => [
    eb.fn.countAll<number>().as('n'),
    eb.fn.max('c.updated_at').as('c_at'),
    eb.fn.max('pr.updated_at').as('pr_at'),
    eb.fn.max('p.updated_at').as('p_at'),
  ]).executeTakeFirstOrThrow();
  const times = [r.c_at, r.pr_at, r.p_at].filter((t): t is string => typeof t === 'string');
  return { count: Number(r.n), lastModified: times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b)) };
}
