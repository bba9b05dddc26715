import { z } from 'zod';
import { ROLES } from '../../../domain/roles.js';
import { PageQuery } from '../../../services/paging.js';

export const UserListQuery = PageQuery.extend({
  q: z.string().max(100).optional(),
  role: z.enum(ROLES).optional(),
});
