import { countReportRows, listReportRows } from '../../db/repositories/producer-reports.js';
import type { ReportStatus } from '../../db/schema-reports.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { reportScope } from './report-access.js';
import type { ReportSummaryView } from './report-input.js';
import { presentReportSummary } from './report-output.js';

export type ReportListFilter = { year?: number | undefined; status?: ReportStatus | undefined; producerId?: number | undefined };

/** Reports the caller may see: their producer's, their commune's producers', or all for the province. */
export async function listReports(ctx: ServiceContext, opts: { actor: Actor; filter: ReportListFilter; page: PageRequest }): Promise<Page<ReportSummaryView>> {
  const filter = { ...opts.filter, scope: await reportScope(ctx.db, opts.actor) };
  const [rows, total] = await Promise.all([
    listReportRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countReportRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentReportSummary), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
