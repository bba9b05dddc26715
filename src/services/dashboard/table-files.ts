import ExcelJS from 'exceljs';
import type { DashboardTable } from '../../domain/dashboard/tables.js';
import { csvLine } from '../registry-io/csv.js';

// A dashboard table as a download: CSV (UTF-8 with BOM so Excel reads Vietnamese, RFC 4180 lines,
// formula-safe cells) or an .xlsx workbook with one sheet per table.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

export function tableCsv(table: DashboardTable): string {
  return `\uFEFF${csvLine(table.columns)}${table.rows.map((r) => csvLine(r)).join('')}`;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  return candidate;
}

function addSheet(wb: ExcelJS.Workbook, table: DashboardTable, name: string, caption: string | undefined): void {
  const ws = wb.addWorksheet(name);
  if (caption !== undefined) {
    ws.addRow([caption]).font = { bold: true, size: 12 };
    ws.addRow([table.title]).font = { italic: true };
    ws.addRow([]);
  } else {
    ws.addRow([table.title]).font = { bold: true, size: 12 };
    ws.addRow([]);
  }
  const header = ws.addRow([...table.columns]);
  header.font = { bold: true };
  header.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }; });
  for (const row of table.rows) ws.addRow([...row]);
  ws.columns.forEach((col, i) => {
    const widths = [String(table.columns[i] ?? '').length, ...table.rows.map((r) => String(r[i] ?? '').length)];
    col.width = Math.min(60, Math.max(10, ...widths) + 2);
  });
  ws.views = [{ state: 'frozen', ySplit: header.number }];
}

/** One sheet per table; sheets are named by `names` (e.g. short Vietnamese titles) or the table key. */
export async function tablesWorkbook(tables: readonly DashboardTable[], opts: { names?: readonly string[]; caption?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng OCOP';
  const taken = new Set<string>();
  tables.forEach((t, i) => {
    const name = sheetName(opts.names?.[i] ?? t.key, taken);
    taken.add(name);
    addSheet(wb, t, name, opts.caption);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
