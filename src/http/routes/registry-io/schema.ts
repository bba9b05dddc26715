import { z } from 'zod';
import { IMPORT_MODES } from '../../../services/registry-io/import-registry.js';

export const ImportQuery = z.object({
  mode: z.enum(IMPORT_MODES).default('dry-run').describe('dry-run: check and report only; all: write only if every row is valid; valid-only: write the valid rows'),
});

const SheetReport = z.object({ sheet: z.string(), rows: z.number().int(), invalid: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const ImportReportOutput = z.object({
  mode: z.enum(IMPORT_MODES),
  applied: z.boolean().describe('whether anything was written'),
  producers: SheetReport.nullable(),
  products: SheetReport.nullable(),
  certificates: SheetReport.nullable().describe('the "Chứng nhận chất lượng" sheet: counts are products whose list is new, changed or the same'),
  salesPoints: SheetReport.nullable().describe('the "Điểm bán" sheet: counts are products whose list is new, changed or the same'),
  errorCount: z.number().int(),
  errors: z.array(z.object({
    sheet: z.string(), row: z.number().int(), column: z.string().nullable().describe('column letter'), field: z.string(),
    message: z.object({ vi: z.string(), en: z.string() }),
  })).describe('at most 1000'),
});
