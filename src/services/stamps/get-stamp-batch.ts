import { countBatchRows, listBatchRows } from '../../db/repositories/stamp-batches.js';
import type { Actor } from '../../domain/roles.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { loadVisibleBatch } from './batch-access.js';
import type { BatchListQuery } from './batch-input.js';
import { type BatchView, presentBatch } from './batch-output.js';

/** One batch with its issuing progress (codes written / quantity). */
export async function getStampBatch(ctx: ServiceContext, opts: { actor: Actor; batchId: number }): Promise<BatchView> {
  return presentBatch((await loadVisibleBatch(ctx.db, opts.actor, opts.batchId)).batch);
}

/** Batches of the producers visible to the actor, newest first. */
export async function listStampBatches(ctx: ServiceContext, opts: { actor: Actor; query: BatchListQuery; page: PageRequest }): Promise<Page<BatchView>> {
  const filter = { scope: await producerScope(ctx.db, opts.actor), productId: opts.query.productId, status: opts.query.status };
  const [rows, total] = await Promise.all([listBatchRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)), countBatchRows(ctx.db, filter)]);
  return { items: rows.map(presentBatch), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
