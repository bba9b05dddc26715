import { z } from 'zod';
import { REPORT_STATUSES } from '../../../db/schema-reports.js';
import { PageQuery } from '../../../services/paging.js';

const QueryId = z.coerce.number().int().positive().max(2_147_483_647);
const Year = z.coerce.number().int().min(2000).max(2100);

export const ReportListQuery = PageQuery.extend({
  year: Year.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  producerId: QueryId.optional(),
});

export const ReportFormQuery = z.object({
  year: Year.optional().describe('default: the current year'),
  producerId: QueryId.optional().describe('default: the caller\'s own producer'),
});

export const MissingQuery = z.object({ year: Year.optional().describe('default: the current year') });
