import type { CellValue as ExcelCellValue } from 'exceljs';
import { foldForSearch } from '../../domain/text.js';
import { type Column, NO, YES } from './columns.js';

// Between spreadsheet cells and API input values. Import is forgiving about how people type
// (numbers stored as text, "Có"/"x" for yes, labels instead of codes); anything it cannot read is
// passed on unchanged so the API schema reports it.

export type Cell = string | number | boolean | null;

/** The plain value of an exceljs cell: rich text, hyperlinks and formulas reduced to their text/result. */
export function plainCell(v: ExcelCellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v && 'text' in v) return typeof v.text === 'string' ? v.text : plainCell(v.text);
  if ('result' in v) return plainCell(v.result ?? null);
  if ('error' in v) return null;
  return null;
}

const TRUE_WORDS = new Set(['co', 'x', 'yes', 'true', '1', 'c', 'y']);
const FALSE_WORDS = new Set(['khong', 'no', 'false', '0', 'k', 'n']);

function parseNumber(s: string): number | string {
  const t = s.replace(/\s/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, '')); // 1.500.000 (thousands)
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return s;
}

function parseEnum(column: Column, s: string): string {
  const folded = foldForSearch(s);
  const match = Object.entries(column.options ?? {}).find(([code, l]) => code === s || foldForSearch(l.vi) === folded || foldForSearch(l.en) === folded);
  return match?.[0] ?? s;
}

function parseCode(column: Column, v: string | number | boolean): string {
  if (typeof v !== 'number') return String(v).trim();
  const s = Number.isInteger(v) ? v.toFixed(0) : String(v);
  // A tax code typed into a number cell loses its leading zero (Hà Nội codes start with 0).
  return (column.key === 'taxCode' || column.key === 'producerKey') && s.length === 9 ? s.padStart(10, '0') : s;
}

/** The input value of one cell; undefined for an empty cell. */
export function parseCell(column: Column, cell: Cell): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  switch (column.kind) {
    case 'text':
      return String(cell).trim();
    case 'code':
      return parseCode(column, cell);
    case 'int':
    case 'number':
      return typeof cell === 'string' ? parseNumber(cell) : cell;
    case 'bool': {
      if (typeof cell === 'boolean') return cell;
      const word = foldForSearch(String(cell));
      return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : String(cell);
    }
    case 'enum':
      return parseEnum(column, String(cell).trim());
  }
}

/** Builds the nested input of one row. A group (representative, employees…) left blank is null. */
export function rowInput(columns: readonly Column[], cells: ReadonlyMap<string, Cell>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const groups = new Map<string, Record<string, unknown>>();
  for (const column of columns) {
    const value = parseCell(column, cells.get(column.key) ?? null);
    const [head, leaf] = column.path;
    if (head === undefined) continue;
    if (leaf === undefined) {
      if (value !== undefined) out[head] = value;
      continue;
    }
    const group = groups.get(head) ?? {};
    if (value !== undefined) group[leaf] = value;
    groups.set(head, group);
  }
  for (const [head, group] of groups) {
    const blank = Object.values(group).every((v) => v === false);
    out[head] = blank ? null : group;
  }
  return out;
}

function valueAt(source: unknown, path: readonly string[]): unknown {
  let cur: unknown = source;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !(key in cur)) return undefined;
    cur = Object.entries(cur).find(([k]) => k === key)?.[1];
  }
  return cur;
}

/** The cell an export writes for one field of a record (the same shape as the API input). */
export function exportCell(column: Column, record: object): Cell {
  const v = valueAt(record, column.path);
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? YES.vi : NO.vi;
  if (column.kind === 'enum' && typeof v === 'string') return column.options?.[v]?.vi ?? v;
  if (typeof v === 'string' || typeof v === 'number') return v;
  return null;
}
