import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';

export const NotificationListQuery = PageQuery.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: only unread notifications'),
});
