import { markAllNotificationsRead } from '../../db/repositories/notifications.js';
import type { Actor } from '../../domain/roles.js';
import { type ServiceContext, nowIso } from '../context.js';

/** Marks every unread notification of the caller read; answers how many changed. */
export async function markAllNotificationsReadFor(ctx: ServiceContext, opts: { actor: Actor }): Promise<{ updated: number }> {
  return { updated: await markAllNotificationsRead(ctx.db, opts.actor.userId, nowIso(ctx)) };
}
