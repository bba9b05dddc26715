import type { Writable } from 'node:stream';
import { renderProgrammeReportPdf } from '../../documents/programme-report-pdf.js';
import { summaryParagraphs } from '../../domain/dashboard/report-text.js';
import { TABLE_KEYS, type TableKey, dashboardTables } from '../../domain/dashboard/tables.js';
import type { DashboardView, UnitLevel } from '../../domain/dashboard/types.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { getDashboard } from '../dashboard/get-dashboard.js';
import { tablesWorkbook } from '../dashboard/table-files.js';

// The yearly programme report: the dashboard's figures for a year (same scope rules: province
// staff the province or a unit, a commune officer its commune) as a PDF for the leadership and
// as an .xlsx workbook with one sheet per table.

export type ProgrammeReportQuery = { year: number; unit?: string | undefined; unitLevel?: UnitLevel | undefined };

/** Sheet names of the workbook, in TABLE_KEYS order (Excel allows 31 characters). */
export const SHEET_NAMES: Readonly<Record<TableKey, string>> = {
  'products-by-star': 'Theo hạng sao',
  'products-by-unit': 'Theo đơn vị',
  'products-by-group': 'Theo nhóm sản phẩm',
  'products-by-type': 'Theo loại hình chủ thể',
  'products-trend': 'Theo năm',
  'products-cube': 'Chi tiết sản phẩm',
  rounds: 'Đánh giá phân hạng',
  expiring: 'GCN sắp hết hạn',
  pipeline: 'Tiềm năng 5 sao',
  'stamp-coverage': 'Tem điện tử',
  scans: 'Lượt quét tem',
  alerts: 'Cảnh báo tem',
  economy: 'Doanh thu lao động',
  funding: 'Nguồn vốn',
  targets: 'Chỉ tiêu',
};

async function reportView(ctx: ServiceContext, actor: Actor, q: ProgrammeReportQuery): Promise<DashboardView> {
  return getDashboard(ctx, { actor, query: { year: q.year, unit: q.unit, unitLevel: q.unitLevel ?? 'new', expiringDays: 180 } });
}

export function reportFileName(view: DashboardView, ext: 'pdf' | 'xlsx'): string {
  return `bao-cao-ocop-${view.meta.year}${view.meta.unitId === null ? '' : `-${view.meta.unitId}`}.${ext}`;
}

/** Resolves scope and figures before the first byte, so a refusal is a clean 403, then renders. */
export async function prepareProgrammeReportPdf(ctx: ServiceContext, opts: { actor: Actor; query: ProgrammeReportQuery }): Promise<{ filename: string; render: (out: Writable) => Promise<void> }> {
  const view = await reportView(ctx, opts.actor, opts.query);
  const data = {
    view, tables: dashboardTables(view), paragraphs: summaryParagraphs(view), provinceName: 'Quảng Ninh',
    parentBody: 'UBND TỈNH QUẢNG NINH', issuer: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', recipient: 'Ủy ban nhân dân tỉnh Quảng Ninh.', signerTitle: 'GIÁM ĐỐC',
  };
  return { filename: reportFileName(view, 'pdf'), render: (out) => renderProgrammeReportPdf(data, out) };
}

export async function programmeReportWorkbook(ctx: ServiceContext, opts: { actor: Actor; query: ProgrammeReportQuery }): Promise<{ filename: string; body: Buffer }> {
  const view = await reportView(ctx, opts.actor, opts.query);
  const body = await tablesWorkbook(dashboardTables(view), {
    names: TABLE_KEYS.map((k) => SHEET_NAMES[k]),
    caption: `Báo cáo kết quả thực hiện Chương trình OCOP năm ${view.meta.year} — ${view.meta.unitName} (số liệu đến ${view.meta.asOf})`,
  });
  return { filename: reportFileName(view, 'xlsx'), body };
}
