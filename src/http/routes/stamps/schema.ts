import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';
import { BatchListQuery } from '../../../services/stamps/batch-input.js';
import { LotCodeInput } from '../../../services/stamps/lot-input.js';

export { BatchOutput } from '../../../services/stamps/batch-output.js';
export { RejectBatchInput, RequestBatchInput } from '../../../services/stamps/batch-input.js';
export { VoidOutput } from '../../../services/stamps/lot-output.js';
export { VoidStampsInput } from '../../../services/stamps/lot-input.js';

export const BatchListInput = PageQuery.extend(BatchListQuery.shape);

export const LabelsQuery = z.object({
  layout: z.string().max(40).default('a4-3x8').describe('label stock: a4-3x8, a4-4x10, a4-5x13 or roll-40x30'),
  lot: LotCodeInput.optional().describe('print only the codes bound to this lot'),
  from: z.coerce.number().int().min(1).optional().describe('first label number (1-based)'),
  to: z.coerce.number().int().min(1).optional().describe('last label number (inclusive)'),
});
