import type { Kysely } from 'kysely';
import { boundCounts, countLotRows, findLot, type LotRow, listLotRows } from '../../db/repositories/lots.js';
import { findProducer } from '../../db/repositories/producers.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type LotView, presentLot } from './lot-output.js';

export async function loadVisibleLot(db: Kysely<DB>, actor: Actor, lotId: number): Promise<LotRow> {
  const lot = await findLot(db, lotId);
  const producer = lot === undefined ? undefined : await findProducer(db, lot.producer_id);
  if (lot === undefined || producer === undefined || !scopeAllows(await producerScope(db, actor), producer)) throw notFound('Lot');
  return lot;
}

export async function getLot(ctx: ServiceContext, opts: { actor: Actor; lotId: number }): Promise<LotView> {
  const lot = await loadVisibleLot(ctx.db, opts.actor, opts.lotId);
  return presentLot(lot, (await boundCounts(ctx.db, [lot.id])).get(lot.id) ?? 0);
}

export async function listLots(ctx: ServiceContext, opts: { actor: Actor; productId?: number | undefined; page: PageRequest }): Promise<Page<LotView>> {
  const filter = { scope: await producerScope(ctx.db, opts.actor), productId: opts.productId };
  const [rows, total] = await Promise.all([listLotRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)), countLotRows(ctx.db, filter)]);
  const counts = await boundCounts(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentLot(r, counts.get(r.id) ?? 0)), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
