import { z } from 'zod';
import type { NotificationRow } from '../../db/repositories/notifications.js';
import { pageOutput } from '../paging.js';

export const NotificationOutput = z.object({
  id: z.number().int(),
  kind: z.string().describe('e.g. idea.submitted, idea.returned, plan.submitted, plan.approved'),
  title: z.object({ vi: z.string(), en: z.string() }),
  link: z.string().nullable().describe('portal path of the record concerned'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationOutput>;

export const NotificationPageOutput = pageOutput(NotificationOutput).extend({ unread: z.number().int().describe('unread notifications in all') });
export type NotificationPage = z.infer<typeof NotificationPageOutput>;

export function presentNotification(n: NotificationRow): NotificationView {
  return { id: n.id, kind: n.kind, title: { vi: n.title_vi, en: n.title_en }, link: n.link, createdAt: n.created_at, readAt: n.read_at };
}
