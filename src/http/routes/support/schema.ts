import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';
import { FundingSourceInput, SupportKindInput } from '../../../services/support/support-input.js';

const QueryId = z.coerce.number().int().positive().max(2_147_483_647);
const Year = z.coerce.number().int().min(2018).max(2100);

export const SupportListQuery = PageQuery.extend({
  producerId: QueryId.optional(),
  roundId: QueryId.optional(),
  kind: SupportKindInput.optional(),
  source: FundingSourceInput.optional(),
  year: Year.optional(),
});

export const SupportSummaryQuery = z.object({ year: Year, producerId: QueryId.optional() });
