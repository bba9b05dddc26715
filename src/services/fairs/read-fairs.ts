import { countFairRows, fairProductIds, findFair, listFairRows } from '../../db/repositories/fairs.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type FairView, presentFair } from './fair-input.js';

// The calendar is public (see /catalogue/fairs); through the API every signed-in user reads it.

export async function listFairs(ctx: ServiceContext, opts: { actor: Actor; from?: string | undefined; to?: string | undefined; page: PageRequest }): Promise<Page<FairView>> {
  const filter = { from: opts.from, to: opts.to };
  const [rows, total] = await Promise.all([listFairRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)), countFairRows(ctx.db, filter)]);
  const links = await fairProductIds(ctx.db, rows.map((r) => r.id));
  const items = rows.map((r) => presentFair(r, links.filter((l) => l.fair_id === r.id).map((l) => l.product_id)));
  return { items, total, page: opts.page.page, pageSize: opts.page.pageSize };
}

export async function getFair(ctx: ServiceContext, opts: { actor: Actor; fairId: number }): Promise<FairView> {
  const row = await findFair(ctx.db, opts.fairId);
  if (row === undefined) throw notFound('Fair');
  const links = await fairProductIds(ctx.db, [row.id]);
  return presentFair(row, links.map((l) => l.product_id));
}
