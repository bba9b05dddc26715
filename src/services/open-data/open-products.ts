import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type OpenDataFilter, type OpenDataRow, openDataRows, openDataStamp } from '../../db/repositories/open-data.js';
import { unitScope } from '../unit-scope.js';
import { findProductSet } from '../../domain/scoring/catalogue.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { currentUnitsFor } from '../../domain/units.js';
import { productCatalogue } from '../../rules/catalogue/index.js';
import { unitCatalog } from '../../rules/units/index.js';
import type { ServiceContext } from '../context.js';

// Open data: certified products, public and without personal data. Each row is a product's
// latest certificate; the unit is the one the certificate was recorded under, plus today's
// unit(s) it became part of (records made before the 1 July 2025 reorganisation). Reads go to
// ctx.readDb (the replica when configured): open data may lag a few seconds.

export const OPEN_STATUSES = ['valid', 'expired', 'revoked', 'not_yet_valid'] as const;

const Named = z.object({ id: z.string(), name: z.string() });
export const OpenProductOutput = z.object({
  productId: z.number().int(),
  name: z.object({ vi: z.string(), en: z.string().nullable() }),
  producer: z.object({ name: z.string(), type: z.enum(['enterprise', 'cooperative', 'cooperative_group', 'household']) }),
  unit: Named.describe('the unit the certificate was recorded under'),
  currentUnits: z.array(Named).describe('today\'s unit(s) covering it (differs for records made before 1 July 2025)'),
  productSet: z.object({ number: z.number().int(), groupCode: z.string().nullable(), name: z.object({ vi: z.string(), en: z.string().nullable() }) }),
  star: z.number().int().min(1).max(5),
  certificateNumber: z.string(),
  validFrom: z.string().describe('YYYY-MM-DD'),
  validTo: z.string().describe('YYYY-MM-DD'),
  status: z.enum(OPEN_STATUSES),
});
export type OpenProduct = z.infer<typeof OpenProductOutput>;

export type OpenDataQuery = { star?: number | undefined; unit?: string | undefined; set?: number | undefined; status: 'valid' | 'all' };

export function statusOn(row: Pick<OpenDataRow, 'issued_on' | 'expires_on' | 'revoked_on'>, today: string): OpenProduct['status'] {
  if (row.revoked_on !== null && row.revoked_on <= today) return 'revoked';
  if (row.issued_on > today) return 'not_yet_valid';
  return row.expires_on < today ? 'expired' : 'valid';
}

export function presentOpenProduct(row: OpenDataRow, today: string): OpenProduct {
  const placed = findProductSet(productCatalogue(), row.set_number);
  const catalog = unitCatalog();
  const current = catalog.byId.has(row.unit_id) ? currentUnitsFor(catalog, row.unit_id) : [];
  return {
    productId: row.product_id,
    name: { vi: row.product_name, en: row.product_name_en },
    producer: { name: row.producer_name, type: row.producer_type },
    unit: { id: row.unit_id, name: row.unit_name },
    currentUnits: current.length > 0 ? current.map((u) => ({ id: u.id, name: u.name })) : [{ id: row.unit_id, name: row.unit_name }],
    productSet: { number: row.set_number, groupCode: placed?.group.code ?? null, name: { vi: placed?.set.name.vi ?? '', en: placed?.set.name.en ?? null } },
    star: row.star,
    certificateNumber: row.number,
    validFrom: row.issued_on,
    validTo: row.expires_on,
    status: statusOn(row, today),
  };
}

export type OpenDataSnapshot = { filter: OpenDataFilter; count: number; etag: string; lastModified: Date | null };

/**
 * The filter and cache validators of a query: the ETag hashes the matching rows' count and
 * latest change, the query and today (validity changes at midnight even when no row does).
 */
export async function openDataSnapshot(ctx: ServiceContext, q: OpenDataQuery, variant: string): Promise<OpenDataSnapshot> {
  const today = vietnamDay(ctx.now());
  const unitIds = q.unit === undefined ? undefined : await unitScope(ctx.readDb, q.unit);
  const filter: OpenDataFilter = { today, status: q.status, star: q.star, setNumber: q.set, unitIds };
  const stamp = await openDataStamp(ctx.readDb, filter);
  const key = JSON.stringify([variant, today, q.status, q.star ?? null, q.unit ?? null, q.set ?? null, stamp.count, stamp.lastModified]);
  const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
  return { filter, count: stamp.count, etag, lastModified: stamp.lastModified === null ? null : new Date(stamp.lastModified) };
}

export async function openDataPage(ctx: ServiceContext, filter: OpenDataFilter, page: number, perPage: number): Promise<OpenProduct[]> {
  const rows = await openDataRows(ctx.readDb, filter, { limit: perPage, offset: (page - 1) * perPage });
  return rows.map((r) => presentOpenProduct(r, filter.today));
}

/** Every matching row, read in chunks by certificate id so memory stays flat for any size. */
export async function* openDataAll(ctx: ServiceContext, filter: OpenDataFilter, chunk = 1000): AsyncGenerator<OpenProduct> {
  let afterId = 0;
  for (;;) {
    const rows = await openDataRows(ctx.readDb, filter, { limit: chunk, afterId });
    for (const r of rows) yield presentOpenProduct(r, filter.today);
    const last = rows.at(-1);
    if (last === undefined || rows.length < chunk) return;
    afterId = last.certificate_id;
  }
}
