import ExcelJS from 'exceljs';
import { foldForSearch } from '../../domain/text.js';
import { invalid } from '../errors.js';
import { checkZipExpansion } from './zip-guard.js';
import { type Cell, plainCell } from './cells.js';
import { CERTIFICATE_SHEET, PRODUCER_SHEET, PRODUCT_SHEET, SALES_POINT_SHEET, type SheetSpec } from './columns.js';

// Reads the register sheets of an uploaded workbook into plain rows keyed by column key.

export const MAX_ROWS_PER_SHEET = 20_000;

export type SheetRow = { readonly row: number; readonly cells: ReadonlyMap<string, Cell> };
export type ReadSheet = { readonly name: string; readonly rows: SheetRow[]; readonly letters: ReadonlyMap<string, string> };
export type RegisterWorkbook = {
  producers: ReadSheet | undefined;
  products: ReadSheet | undefined;
  certificates: ReadSheet | undefined;
  salesPoints: ReadSheet | undefined;
};

function findSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet | undefined {
  const names = [spec.name.vi, spec.name.en].map(foldForSearch);
  return wb.worksheets.find((ws) => names.includes(foldForSearch(ws.name)));
}

/** Column number → key: from the hidden key row 2 if present, else from the headers in row 1. */
function mapColumns(ws: ExcelJS.Worksheet, spec: SheetSpec): { byNumber: Map<number, string>; firstDataRow: number } {
  const keys = new Set(spec.columns.map((c) => c.key));
  const keyRow = new Map<number, string>();
  ws.getRow(2).eachCell((cell, n) => {
    const v = plainCell(cell.value);
    if (typeof v === 'string' && keys.has(v.trim())) keyRow.set(n, v.trim());
  });
  if (keyRow.size >= 2) return { byNumber: keyRow, firstDataRow: 3 };
  const byHeader = new Map<string, string>();
  for (const c of spec.columns) for (const h of [c.label.vi, c.label.en, c.key]) byHeader.set(foldForSearch(h), c.key);
  const headerRow = new Map<number, string>();
  ws.getRow(1).eachCell((cell, n) => {
    const key = byHeader.get(foldForSearch(String(plainCell(cell.value) ?? '')));
    if (key !== undefined) headerRow.set(n, key);
  });
  return { byNumber: headerRow, firstDataRow: 2 };
}

function readSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): ReadSheet {
  const { byNumber, firstDataRow } = mapColumns(ws, spec);
  const letters = new Map([...byNumber].map(([n, key]) => [key, ws.getColumn(n).letter]));
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < firstDataRow) return;
    const cells = new Map<string, Cell>();
    for (const [n, key] of byNumber) cells.set(key, plainCell(row.getCell(n).value));
    if ([...cells.values()].some((v) => v !== null && String(v).trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  if (rows.length > MAX_ROWS_PER_SHEET) throw invalid(`At most ${MAX_ROWS_PER_SHEET} rows per sheet`, [{ path: `${ws.name}`, message: `${rows.length} rows` }]);
  return { name: ws.name, rows, letters };
}

export async function readRegisterWorkbook(bytes: Buffer): Promise<RegisterWorkbook> {
  const notXlsx = invalid('The file is not an Excel workbook (.xlsx)', [{ path: 'body.file', message: 'expected an .xlsx file' }]);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notXlsx; // "PK\3\4": a zip
  checkZipExpansion(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw notXlsx;
  }
  const sheet = (spec: SheetSpec) => {
    const ws = findSheet(wb, spec);
    return ws === undefined ? undefined : readSheet(ws, spec);
  };
  const out = { producers: sheet(PRODUCER_SHEET), products: sheet(PRODUCT_SHEET), certificates: sheet(CERTIFICATE_SHEET), salesPoints: sheet(SALES_POINT_SHEET) };
  if (Object.values(out).every((s) => s === undefined)) {
    throw invalid('The workbook has none of the register sheets', [{ path: 'body.file', message: 'sheets "Chủ thể" (producers), "Sản phẩm" (products), "Chứng nhận chất lượng" or "Điểm bán" expected' }]);
  }
  return out;
}
