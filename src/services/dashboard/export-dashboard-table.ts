import { type TableKey, dashboardTable, tableSections } from '../../domain/dashboard/tables.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type DashboardQuery, getDashboardPart } from './get-dashboard.js';
import { CSV_MIME, XLSX_MIME, tableCsv, tablesWorkbook } from './table-files.js';

// GET /api/v1/dashboard/{section}.csv|.xlsx: the table behind one chart, with the same scope,
// filters and figures as the JSON; only the sections that table shows are computed.

export type TableFile = { filename: string; contentType: string; body: Buffer };

export async function exportDashboardTable(ctx: ServiceContext, opts: { actor: Actor; query: DashboardQuery; key: TableKey; format: 'csv' | 'xlsx' }): Promise<TableFile> {
  const view = await getDashboardPart(ctx, { actor: opts.actor, query: opts.query, sections: tableSections(opts.key) });
  const table = dashboardTable(view, opts.key);
  const filename = `ocop-${opts.key}-${view.meta.year}${view.meta.unitId === null ? '' : `-${view.meta.unitId}`}.${opts.format}`;
  if (opts.format === 'csv') return { filename, contentType: CSV_MIME, body: Buffer.from(tableCsv(table), 'utf8') };
  return { filename, contentType: XLSX_MIME, body: await tablesWorkbook([table], { caption: `Chương trình OCOP — ${view.meta.unitName}, năm ${view.meta.year}` }) };
}
