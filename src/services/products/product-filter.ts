import { z } from 'zod';
import type { ProductFilter, ProductSort } from '../../db/repositories/products.js';
import { STAR_MAX, STAR_MIN } from '../../domain/product-status.js';
import type { Actor } from '../../domain/roles.js';
import { foldForSearch } from '../../domain/text.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { sortOf, unitFilterIds } from '../producers/producer-filter.js';
import { ProducerTypeInput } from '../producers/producer-input.js';
import { setNumbersUnder } from './catalogue-view.js';
import { ProductStatusInput } from './product-input.js';

// The filters of the product list, shared by the JSON list and the spreadsheet exports.

export const ProductQuery = z.object({
  q: z.string().max(100).optional().describe('product name (Vietnamese or English), diacritics-insensitive'),
  producerId: z.coerce.number().int().positive().optional(),
  producerType: ProducerTypeInput.optional(),
  unitId: z.string().max(40).optional().describe("the producer's unit: includes sub-units and the pre-2025 units that became part of it"),
  setNumber: z.coerce.number().int().positive().max(999).optional(),
  groupCode: z.string().max(10).optional().describe('catalogue group code, e.g. I.3'),
  sectorCode: z.string().max(10).optional().describe('catalogue sector code, e.g. I'),
  star: z.coerce.number().int().min(STAR_MIN).max(STAR_MAX).optional(),
  status: ProductStatusInput.optional(),
  sort: z.enum(['name', '-name', 'created', '-created', 'star', '-star']).default('name').describe('"-" sorts descending; unrated products sort last'),
});
export type ProductQuery = z.infer<typeof ProductQuery>;

function setNumbers(query: Partial<ProductQuery>): number[] | undefined {
  const byCatalogue = query.groupCode === undefined && query.sectorCode === undefined ? undefined : setNumbersUnder(query);
  if (query.setNumber === undefined) return byCatalogue;
  return byCatalogue === undefined || byCatalogue.includes(query.setNumber) ? [query.setNumber] : [];
}

export async function resolveProductFilter(ctx: ServiceContext, actor: Actor, query: Partial<ProductQuery>): Promise<{ filter: ProductFilter; sort: ProductSort }> {
  const filter: ProductFilter = {
    scope: await producerScope(ctx.db, actor),
    q: query.q === undefined ? undefined : foldForSearch(query.q),
    producerId: query.producerId,
    producerType: query.producerType,
    unitIds: await unitFilterIds(ctx, query.unitId),
    setNumbers: setNumbers(query),
    star: query.star,
    status: query.status,
  };
  const sort = sortOf(query.sort ?? 'name', { name: 'name', created: 'created_at', star: 'star' } as const) ?? { column: 'name', direction: 'asc' };
  return { filter, sort };
}
