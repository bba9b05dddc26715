import { z } from 'zod';

// Request and response schemas of the scoring routes. The bodies are the service inputs
// (src/services/scoring/scoring-input.ts), shared with `ocop classify`.

export { ClassifyInput, UpgradeInput } from '../../../services/scoring/scoring-input.js';
export { ClassificationOutput, SheetDetailOutput, SheetSummaryOutput, UpgradeOutput } from '../../../services/scoring/scoring-output.js';

export const SheetParams = z.object({
  version: z.string().min(1).max(40).describe('version id such as 26-2026 (or the decision number, URL-encoded)'),
  set: z.coerce.number().int().positive().max(999).describe('product set number'),
});
