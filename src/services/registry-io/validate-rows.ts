import { z } from 'zod';
import type { Label } from '../../domain/registry-kinds.js';
import { rowInput } from './cells.js';
import type { SheetSpec } from './columns.js';
import type { ReadSheet, SheetRow } from './read-workbook.js';
import { withVietnamese } from './messages-vi.js';

// Every row goes through the same zod schema as the API. Issues are reported by sheet, row and
// column (letter and key), in Vietnamese and English.

export type RowIssue = { sheet: string; row: number; column: string | null; field: string; message: Label };
export type ValidRow<T> = { row: number; input: T };

const viLocale = z.locales.vi();

export function rowIssue(sheet: ReadSheet, row: number, field: string, en: string, vi?: string): RowIssue {
  const key = [...sheet.letters.keys()].find((k) => k === field || k.startsWith(`${field}.`));
  return { sheet: sheet.name, row, column: key === undefined ? null : (sheet.letters.get(key) ?? null), field, message: withVietnamese(en, vi) };
}

function issuesOf(sheet: ReadSheet, r: SheetRow, schema: z.ZodType, input: unknown, error: z.ZodError): RowIssue[] {
  // Parsing again with zod's Vietnamese locale gives the same issues in the same order.
  const vi = schema.safeParse(input, { error: viLocale.localeError }).error?.issues ?? [];
  return error.issues.map((issue, i) => {
    const field = issue.path.map(String).join('.') || '(row)';
    return rowIssue(sheet, r.row, field, issue.message, vi[i]?.message);
  });
}

export function validateSheet<T>(sheet: ReadSheet, spec: SheetSpec, schema: z.ZodType<T>): { valid: ValidRow<T>[]; issues: RowIssue[] } {
  const valid: ValidRow<T>[] = [];
  const issues: RowIssue[] = [];
  for (const r of sheet.rows) {
    const input = rowInput(spec.columns, r.cells);
    const parsed = schema.safeParse(input);
    if (parsed.success) valid.push({ row: r.row, input: parsed.data });
    else issues.push(...issuesOf(sheet, r, schema, input, parsed.error));
  }
  return { valid, issues };
}
