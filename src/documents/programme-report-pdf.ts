import type { Writable } from 'node:stream';
import { type DashboardTable, type TableKey } from '../domain/dashboard/tables.js';
import type { DashboardView } from '../domain/dashboard/types.js';
import { decimalVi, numberVi } from '../domain/dashboard/report-text.js';
import { longDateVi } from './format.js';
import { FONTS, INK, type PdfRenderOptions, centred, createDocument, finish, stateHeader } from './pdf-layout.js';
import { STAR_COLORS, barChart, columnChart } from './programme-report-charts.js';
import { type Cursor, PAGE, caption, contentWidth, heading, need, pageNumbers, paragraph, table } from './programme-report-draw.js';

// The yearly programme report (báo cáo kết quả thực hiện Chương trình OCOP) an office sends to the
// province leadership: administrative heading, the figures in words, bar charts drawn as vectors,
// numbered tables, recipients and signature block, "Trang i/n" on every page. A4 portrait.

export type ProgrammeReportPdfData = {
  readonly view: DashboardView;
  readonly tables: readonly DashboardTable[];
  readonly paragraphs: readonly string[];
  readonly provinceName: string;
  readonly parentBody: string;
  readonly issuer: string;
  readonly recipient: string;
  readonly signerTitle: string;
};

/** Column widths per table (0: the rest of the line). */
const WIDTHS: Partial<Record<TableKey, readonly number[]>> = {
  'products-by-star': [0, 120],
  'products-by-unit': [0, 52, 52, 52, 56, 56],
  'products-by-group': [0, 52, 52, 52, 56],
  'products-by-type': [0, 52, 52, 52, 56, 64],
  rounds: [46, 0, 78, 70, 62, 62],
  pipeline: [110, 0, 120, 80, 40, 60],
  expiring: [98, 0, 105, 70, 32, 58, 40],
  'stamp-coverage': [0, 72, 60, 60],
  scans: [0, 90, 90, 80],
  funding: [0, 88, 88, 88, 52],
  economy: [0, 36, 96, 46, 44, 46, 46, 64],
  targets: [40, 0, 70, 70, 70, 52],
};

function tableOf(data: ProgrammeReportPdfData, key: TableKey): DashboardTable | undefined {
  return data.tables.find((t) => t.key === key);
}

function numbered(cur: Cursor, data: ProgrammeReportPdfData, key: TableKey, n: number, opts: { limit?: number; note?: string } = {}): void {
  const t = tableOf(data, key);
  if (t === undefined) return;
  const rows = opts.limit === undefined ? t.rows : t.rows.slice(0, opts.limit);
  need(cur, 70);
  caption(cur, `Bảng ${n}. ${t.title}`, opts.note);
  if (rows.length === 0) {
    paragraph(cur, 'Không có số liệu.', { font: FONTS.italic, size: 9.5, indent: 0 });
    return;
  }
  const last = rows.length - 1;
  const totalRow = rows[last]?.[0] === 'Tổng' ? new Set([last]) : new Set<number>();
  table(cur, { columns: t.columns, rows, widths: WIDTHS[key] ?? [0, ...t.columns.slice(1).map(() => 60)], boldRows: totalRow });
}

function titleBlock(cur: Cursor, data: ProgrammeReportPdfData): void {
  const { doc } = cur;
  const header = stateHeader(doc, { left: [data.parentBody, data.issuer], leftBoldFrom: 1, top: 40, inset: 36, leftWidth: 230, rightWidth: 290 });
  centred(doc, 'Số:        /BC-SNNMT', header.left.x, header.bottom + 4, header.left.width, { font: FONTS.regular, size: 10.5 });
  centred(doc, `${data.provinceName}, ${longDateVi(data.view.meta.asOf)}`, header.right.x, header.bottom + 4, header.right.width, { font: FONTS.italic, size: 10.5 });
  let y = centred(doc, 'BÁO CÁO', 0, header.bottom + 44, doc.page.width, { font: FONTS.bold, size: 14 });
  const scope = data.view.meta.unitId === null ? '' : ` — ${data.view.meta.unitName}`;
  y = centred(doc, `Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP)\nnăm ${data.view.meta.year}${scope}`, 60, y + 2, doc.page.width - 120, { font: FONTS.bold, size: 12 });
  doc.moveTo(doc.page.width / 2 - 50, y + 5).lineTo(doc.page.width / 2 + 50, y + 5).lineWidth(0.7).strokeColor(INK.text).stroke();
  y = centred(doc, `Kính gửi: ${data.recipient}`, 60, y + 16, doc.page.width - 120, { font: FONTS.regular, size: 11.5 });
  cur.y = y + 12;
}

function starSeries(view: DashboardView) {
  return [
    { name: '3 sao', color: STAR_COLORS.s3, values: view.products.trend.map((t) => t.s3) },
    { name: '4 sao', color: STAR_COLORS.s4, values: view.products.trend.map((t) => t.s4) },
    { name: '5 sao', color: STAR_COLORS.s5, values: view.products.trend.map((t) => t.s5) },
  ];
}

function sectionProducts(cur: Cursor, data: ProgrammeReportPdfData): void {
  const v = data.view;
  heading(cur, 'II. SẢN PHẨM OCOP THEO HẠNG, ĐỊA BÀN, NHÓM SẢN PHẨM, CHỦ THỂ');
  numbered(cur, data, 'products-by-star', 1);
  numbered(cur, data, 'products-by-unit', 2);
  const groups = v.products.byGroup.slice(0, 12);
  need(cur, groups.length * 16 + 60);
  caption(cur, 'Biểu đồ 2. Sản phẩm OCOP theo nhóm sản phẩm');
  barChart(cur, { categories: groups.map((g) => g.name), series: [{ name: 'Sản phẩm', color: STAR_COLORS.s4, values: groups.map((g) => g.total) }], height: 0, format: numberVi, labelWidth: 190 });
  numbered(cur, data, 'products-by-group', 3);
  numbered(cur, data, 'products-by-type', 4);
}

function sectionEvaluation(cur: Cursor, data: ProgrammeReportPdfData): void {
  heading(cur, 'III. ĐÁNH GIÁ, PHÂN HẠNG VÀ QUẢN LÝ GIẤY CHỨNG NHẬN');
  numbered(cur, data, 'rounds', 5);
  numbered(cur, data, 'pipeline', 6);
  const shown = 25;
  const note = data.view.expiring.total > shown ? `Liệt kê ${shown}/${numberVi(data.view.expiring.total)} giấy chứng nhận hết hạn sớm nhất; danh sách đầy đủ trong tệp .xlsx.` : undefined;
  numbered(cur, data, 'expiring', 7, { limit: shown, note });
}

function sectionStampsAndMoney(cur: Cursor, data: ProgrammeReportPdfData): void {
  const v = data.view;
  heading(cur, 'IV. TEM ĐIỆN TỬ, TRUY XUẤT NGUỒN GỐC');
  paragraph(cur, `Tỷ lệ sản phẩm OCOP có tem điện tử đang hoạt động: ${decimalVi(v.stamps.coverage * 100, 1)}% (${numberVi(v.stamps.stamped)}/${numberVi(v.stamps.certified)} sản phẩm). Lượt quét tem trong năm: ${numberVi(v.stamps.scansYear)}.`);
  numbered(cur, data, 'scans', 8);
  heading(cur, 'V. NGUỒN VỐN, DOANH THU, LAO ĐỘNG VÀ THU NHẬP');
  const sources = v.funding.bySource;
  need(cur, sources.length * 16 + 60);
  caption(cur, `Biểu đồ 3. Nguồn vốn huy động năm ${v.meta.year} (tỷ đồng)`);
  barChart(cur, { categories: sources.map((s) => s.name), series: [{ name: 'Tỷ đồng', color: '#4f8a5b', values: sources.map((s) => s.amount / 1e9) }], height: 0, format: (n) => decimalVi(n, 1), labelWidth: 150 });
  numbered(cur, data, 'funding', 9, { note: `Ngân sách nhà nước ${decimalVi(v.funding.budgetSharePercent, 1)}%, trong đó ngân sách tỉnh ${decimalVi(v.funding.provincialSharePercent, 1)}% tổng vốn.` });
  numbered(cur, data, 'economy', 10);
  if (v.targets.length > 0) {
    heading(cur, 'VI. TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU');
    numbered(cur, data, 'targets', 11);
  }
}

function closing(cur: Cursor, data: ProgrammeReportPdfData): void {
  const { doc } = cur;
  need(cur, 130);
  cur.y += 10;
  const half = contentWidth(doc) / 2;
  doc.font(FONTS.bold).fontSize(10).fillColor(INK.text).text('Nơi nhận:', PAGE.left, cur.y, { width: half, lineBreak: false });
  doc.font(FONTS.regular).fontSize(9.5).text(`- ${data.recipient.replace(/\.$/, '')} (b/c);\n- Văn phòng Điều phối nông thôn mới tỉnh;\n- Lưu: VT, OCOP.`, PAGE.left, cur.y + 14, { width: half });
  centred(doc, data.signerTitle, PAGE.left + half, cur.y, half, { font: FONTS.bold, size: 11 });
  centred(doc, '(Ký, ghi rõ họ tên, đóng dấu)', PAGE.left + half, cur.y + 16, half, { font: FONTS.italic, size: 9.5, color: INK.muted });
  cur.y += 110;
}

export async function renderProgrammeReportPdf(data: ProgrammeReportPdfData, output: Writable, options: PdfRenderOptions = {}): Promise<void> {
  const doc = createDocument('portrait', { title: `Báo cáo kết quả thực hiện Chương trình OCOP năm ${data.view.meta.year}`, subject: 'Chương trình Mỗi xã một sản phẩm', keywords: 'OCOP, báo cáo năm' }, options);
  // Pages stay in memory until the end so that each can carry "Trang i/n".
  doc.options.bufferPages = true;
  const cur: Cursor = { doc, y: PAGE.top };
  titleBlock(cur, data);
  heading(cur, 'I. KẾT QUẢ CHUNG');
  for (const p of data.paragraphs) paragraph(cur, p);
  need(cur, 220);
  caption(cur, 'Biểu đồ 1. Sản phẩm OCOP còn hiệu lực cuối mỗi năm');
  columnChart(cur, { categories: data.view.products.trend.map((t) => String(t.year)), series: starSeries(data.view), height: 190, format: numberVi });
  sectionProducts(cur, data);
  sectionEvaluation(cur, data);
  sectionStampsAndMoney(cur, data);
  closing(cur, data);
  pageNumbers(doc);
  await finish(doc, output);
}
