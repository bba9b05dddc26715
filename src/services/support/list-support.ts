import { countSupportRows, listSupportRows } from '../../db/repositories/support.js';
import type { FundingSource, SupportKind } from '../../domain/cycle/support.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { cycleScope } from '../ideas/cycle-access.js';
import { type SupportView, presentSupport } from './support-input.js';

export type SupportListFilter = {
  producerId?: number | undefined;
  roundId?: number | undefined;
  kind?: SupportKind | undefined;
  source?: FundingSource | undefined;
  year?: number | undefined;
};

export function yearRange(year: number | undefined): { from?: string; to?: string } {
  return year === undefined ? {} : { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** Support activities the caller may see: their producer's, their commune's, or all for province staff. */
export async function listSupport(ctx: ServiceContext, opts: { actor: Actor; filter: SupportListFilter; page: PageRequest }): Promise<Page<SupportView>> {
  const { year, ...rest } = opts.filter;
  const filter = { ...rest, ...yearRange(year), scope: await cycleScope(ctx.db, opts.actor) };
  const [rows, total] = await Promise.all([
    listSupportRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countSupportRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentSupport), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
