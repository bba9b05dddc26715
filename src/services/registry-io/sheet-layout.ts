import type ExcelJS from 'exceljs';
import { type Cell, exportCell } from './cells.js';
import type { SheetSpec } from './columns.js';

// The layout every register sheet shares (template and exports alike, so an export is a valid
// import): Vietnamese headers in row 1, the hidden key row 2, data from row 3, headers frozen.

export const KEY_ROW = 2;

export const sheetOptions = { views: [{ state: 'frozen' as const, ySplit: KEY_ROW }] };

export function writeHeader(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? 16, style: c.kind === 'code' ? { numFmt: '@' } : {} }));
  const header = ws.addRow(spec.columns.map((c) => c.label.vi));
  header.font = { bold: true };
  header.eachCell((cell, n) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
    const column = spec.columns[n - 1];
    if (column !== undefined) cell.note = `${column.label.en}${column.required === true ? ' (required / bắt buộc)' : ''}`;
  });
  const keys = ws.addRow(spec.columns.map((c) => c.key));
  keys.hidden = true;
}

export function recordCells(spec: SheetSpec, record: object): Cell[] {
  return spec.columns.map((c) => exportCell(c, record));
}
