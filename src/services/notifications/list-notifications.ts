import { countNotificationRows, listNotificationRows } from '../../db/repositories/notifications.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type PageRequest, offsetOf } from '../paging.js';
import { type NotificationPage, presentNotification } from './notification-output.js';

/** The caller's own notifications, newest first, with the unread count. */
export async function listNotifications(ctx: ServiceContext, opts: { actor: Actor; unreadOnly: boolean; page: PageRequest }): Promise<NotificationPage> {
  const me = opts.actor.userId;
  const [rows, total, unread] = await Promise.all([
    listNotificationRows(ctx.db, me, opts.unreadOnly, opts.page.pageSize, offsetOf(opts.page)),
    countNotificationRows(ctx.db, me, opts.unreadOnly),
    countNotificationRows(ctx.db, me, true),
  ]);
  return { items: rows.map(presentNotification), total, unread, page: opts.page.page, pageSize: opts.page.pageSize };
}
