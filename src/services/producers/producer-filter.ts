import { z } from 'zod';
import type { ProducerFilter, ProducerSort } from '../../db/repositories/producers.js';
import type { Actor } from '../../domain/roles.js';
import { foldForSearch } from '../../domain/text.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { ProducerTypeInput } from './producer-input.js';
import { unitScope } from '../unit-scope.js';

// The filters of the producer list, shared by the JSON list and the spreadsheet exports.

export const ProducerQuery = z.object({
  q: z.string().max(100).optional().describe('name, diacritics-insensitive ("tra hoa vang" finds "Trà hoa vàng")'),
  type: ProducerTypeInput.optional(),
  unitId: z.string().max(40).optional().describe('a unit id: includes the units inside it and the pre-2025 units that became part of it'),
  sort: z.enum(['name', '-name', 'created', '-created']).default('name').describe('"-" sorts descending'),
});
export type ProducerQuery = z.infer<typeof ProducerQuery>;

/** The unit filter: the unit itself, its sub-units and its predecessors (see unitScope). */
export async function unitFilterIds(ctx: ServiceContext, unitId: string | undefined): Promise<string[] | undefined> {
  return unitId === undefined ? undefined : unitScope(ctx.db, unitId);
}

export function sortOf<C extends string>(value: string, columns: Record<string, C>): { column: C; direction: 'asc' | 'desc' } | undefined {
  const desc = value.startsWith('-');
  const column = columns[desc ? value.slice(1) : value];
  return column === undefined ? undefined : { column, direction: desc ? 'desc' : 'asc' };
}

export async function resolveProducerFilter(ctx: ServiceContext, actor: Actor, query: Partial<ProducerQuery>): Promise<{ filter: ProducerFilter; sort: ProducerSort }> {
  const filter: ProducerFilter = {
    scope: await producerScope(ctx.db, actor),
    q: query.q === undefined ? undefined : foldForSearch(query.q),
    type: query.type,
    unitIds: await unitFilterIds(ctx, query.unitId),
  };
  const sort = sortOf(query.sort ?? 'name', { name: 'name', created: 'created_at' } as const) ?? { column: 'name', direction: 'asc' };
  return { filter, sort };
}
