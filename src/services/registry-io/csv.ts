import type { Cell } from './cells.js';

// RFC 4180 lines (CRLF, quotes doubled). A text cell that a spreadsheet would run as a formula
// (=, +, -, @ first; tab or CR first) gets a leading apostrophe, unless it is a plain number or
// phone number, so an exported register cannot carry formula injection.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[\d .,]+$/;

function csvField(v: Cell): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
