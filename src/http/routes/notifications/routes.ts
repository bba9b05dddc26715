import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../../services/context.js';
import { listNotifications } from '../../../services/notifications/list-notifications.js';
import { markAllNotificationsReadFor } from '../../../services/notifications/mark-all-notifications-read.js';
import { markNotificationReadFor } from '../../../services/notifications/mark-notification-read.js';
import { NotificationOutput, NotificationPageOutput } from '../../../services/notifications/notification-output.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { NotificationListQuery } from './schema.js';

// Every signed-in user has an inbox; nobody can read or mark anyone else's notifications.
export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/notifications', {
    schema: { tags: ['notifications'], summary: "The caller's notifications, newest first, with the unread count", querystring: NotificationListQuery, response: { 200: NotificationPageOutput, ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, unread } = request.query;
    return listNotifications(ctx, { actor: requireActor(request), unreadOnly: unread === 'true', page: { page, pageSize } });
  });

  app.post('/notifications/read-all', {
    schema: { tags: ['notifications'], summary: "Mark all the caller's notifications read", response: { 200: z.object({ updated: z.number().int() }), ...problems(401) } },
  }, async (request) => markAllNotificationsReadFor(ctx, { actor: requireActor(request) }));

  app.post('/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark one of the caller\'s notifications read', params: IdParams, response: { 200: NotificationOutput, ...problems(400, 401, 404) } },
  }, async (request) => markNotificationReadFor(ctx, { actor: requireActor(request), notificationId: request.params.id }));
};
