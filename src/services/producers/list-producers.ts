import { countProducerRows, listProducerRows } from '../../db/repositories/producers.js';
import type { ProducerType } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type ProducerView, presentProducer } from './producer-input.js';

export async function listProducers(
  ctx: ServiceContext,
  opts: { actor: Actor; q?: string | undefined; type?: ProducerType | undefined; page: PageRequest },
): Promise<Page<ProducerView>> {
  const filter = { scope: await producerScope(ctx.db, opts.actor), q: opts.q, type: opts.type };
  const [rows, total] = await Promise.all([
    listProducerRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countProducerRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentProducer), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
