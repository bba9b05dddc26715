import { countProductRows, listProductRows } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { loadParts } from './product-access.js';
import { type ProductQuery, resolveProductFilter } from './product-filter.js';
import { type ProductView, presentProduct } from './product-output.js';

export type ProductListItem = ProductView & { producerName: string; unitId: string };

/** Products of the producers visible to the actor, filtered, sorted and paged. */
export async function listProducts(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProductQuery>; page: PageRequest }): Promise<Page<ProductListItem>> {
  const { filter, sort } = await resolveProductFilter(ctx, opts.actor, opts.query);
  const [rows, total] = await Promise.all([
    listProductRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page), sort),
    countProductRows(ctx.db, filter),
  ]);
  const parts = await loadParts(ctx.db, rows.map((r) => r.id));
  const items = rows.map((r) => ({ ...presentProduct(r, parts), producerName: r.producer_name, unitId: r.producer_unit_id }));
  return { items, total, page: opts.page.page, pageSize: opts.page.pageSize };
}
