import { countUsers, listUsers as listUserRows } from '../../db/repositories/users.js';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type UserView, presentUser } from './user-input.js';

export async function listUsers(
  ctx: ServiceContext,
  opts: { actor: Actor; q?: string | undefined; role?: Role | undefined; page: PageRequest },
): Promise<Page<UserView>> {
  if (opts.actor.role !== 'province_admin') throw forbidden('Only a province admin can list accounts');
  const filter = { q: opts.q, role: opts.role };
  const [rows, total] = await Promise.all([
    listUserRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countUsers(ctx.db, filter),
  ]);
  return { items: rows.map(presentUser), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
