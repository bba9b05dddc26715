import { type CatalogueFilter, type CatalogueRow, countCatalogueRows, listCatalogueRows } from '../../db/repositories/catalogue.js';
import { imagesOf } from '../../db/repositories/product-parts.js';
import { unitScope } from '../unit-scope.js';
import type { ProducerType } from '../../db/schema.js';
import { foldForSearch } from '../../domain/text.js';
import type { ServiceContext } from '../context.js';
import { type UnitDirectory, unitDirectory } from './unit-directory.js';

// The catalogue's search: free text (diacritics-insensitive, on product and producer names),
// star, product set, commune and producer type; one page of results with a thumbnail each.

export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueQuery = {
  q?: string | undefined;
  star?: number | undefined;
  set?: number | undefined;
  unit?: string | undefined;
  type?: ProducerType | undefined;
  page: number;
};

export type CatalogueItem = CatalogueRow & { imageId: number | null; unitName: string | null };
export type CatalogueResult = { items: CatalogueItem[]; total: number; page: number; pageSize: number; units: UnitDirectory };

async function toFilter(ctx: ServiceContext, q: CatalogueQuery): Promise<CatalogueFilter> {
  const text = q.q === undefined ? '' : foldForSearch(q.q);
  return {
    q: text === '' ? undefined : text, star: q.star, setNumber: q.set, producerType: q.type,
    unitIds: q.unit === undefined ? undefined : await unitScope(ctx.readDb, q.unit),
  };
}

/** Listed products with their first photo and current commune. */
export async function withPictures(ctx: ServiceContext, rows: CatalogueRow[], units: UnitDirectory): Promise<CatalogueItem[]> {
  const images = await imagesOf(ctx.readDb, rows.map((r) => r.id));
  const first = new Map<number, number>();
  for (const img of images) if (!first.has(img.product_id)) first.set(img.product_id, img.id);
  return rows.map((r) => ({ ...r, imageId: first.get(r.id) ?? null, unitName: units.currentName(r.producer_unit_id) }));
}

export async function searchCatalogue(ctx: ServiceContext, query: CatalogueQuery): Promise<CatalogueResult> {
  const [filter, units] = await Promise.all([toFilter(ctx, query), unitDirectory(ctx)]);
  const offset = (query.page - 1) * CATALOGUE_PAGE_SIZE;
  const [rows, total] = await Promise.all([listCatalogueRows(ctx.readDb, filter, CATALOGUE_PAGE_SIZE, offset), countCatalogueRows(ctx.readDb, filter)]);
  return { items: await withPictures(ctx, rows, units), total, page: query.page, pageSize: CATALOGUE_PAGE_SIZE, units };
}
