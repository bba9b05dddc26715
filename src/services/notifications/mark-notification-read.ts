import { findOwnNotification, markNotificationRead } from '../../db/repositories/notifications.js';
import type { Actor } from '../../domain/roles.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { type NotificationView, presentNotification } from './notification-output.js';

// Read marks are the reader's own interface state, not a change to the programme's records, so
// they are not written to the audit log (it would grow with every click).

/** Marks one of the caller's notifications read; someone else's answers 404. */
export async function markNotificationReadFor(ctx: ServiceContext, opts: { actor: Actor; notificationId: number }): Promise<NotificationView> {
  const me = opts.actor.userId;
  if ((await findOwnNotification(ctx.db, opts.notificationId, me)) === undefined) throw notFound('Notification');
  await markNotificationRead(ctx.db, opts.notificationId, me, nowIso(ctx));
  const row = await findOwnNotification(ctx.db, opts.notificationId, me);
  if (row === undefined) throw notFound('Notification');
  return presentNotification(row);
}
