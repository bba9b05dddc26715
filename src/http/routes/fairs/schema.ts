import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';

export const FairListQuery = PageQuery.extend({
  from: z.iso.date().optional().describe('fairs that have not ended by this date'),
  to: z.iso.date().optional().describe('fairs that start on or before this date'),
});
