import { countProducerRows, listProducerRows } from '../../db/repositories/producers.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type ProducerQuery, resolveProducerFilter } from './producer-filter.js';
import { type ProducerView, presentProducer } from './producer-input.js';

/** Producers visible to the actor (scoped by role), filtered, sorted and paged. */
export async function listProducers(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProducerQuery>; page: PageRequest }): Promise<Page<ProducerView>> {
  const { filter, sort } = await resolveProducerFilter(ctx, opts.actor, opts.query);
  const [rows, total] = await Promise.all([
    listProducerRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page), sort),
    countProducerRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentProducer), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
