import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';

export const RoundListQuery = PageQuery.extend({ year: z.coerce.number().int().min(2018).max(2100).optional() });
