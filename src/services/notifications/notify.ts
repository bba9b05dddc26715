import type { Kysely } from 'kysely';
import {
  type Recipient, communeOfficersCovering, insertNotifications, producerMembers, usersWithRole,
} from '../../db/repositories/notifications.js';
import type { DB } from '../../db/schema.js';
import type { Audience, Notice } from '../../domain/cycle/machine.js';
import { noticeTitle } from '../../domain/cycle/notices.js';
import type { Actor } from '../../domain/roles.js';
import type { MailMessage } from './mailer.js';

export type NoticeRequest = {
  notice: Notice;
  producer: { id: number; unit_id: string };
  /** The record's title, quoted in the notification. */
  subject: string;
  link: string;
  actor: Actor;
  at: string;
};

async function provinceOfficers(db: Kysely<DB>): Promise<Recipient[]> {
  const officers = await usersWithRole(db, 'province_officer');
  // A province with no OCOP officer account yet still has its admins look at the queue.
  return officers.length > 0 ? officers : usersWithRole(db, 'province_admin');
}

async function audienceMembers(db: Kysely<DB>, audience: Audience, producer: { id: number; unit_id: string }): Promise<Recipient[]> {
  switch (audience) {
    case 'producer_members':
      return producerMembers(db, producer.id);
    case 'commune_officers': {
      const officers = await communeOfficersCovering(db, producer.unit_id);
      // Communes without an officer account: the province screens their ideas.
      return officers.length > 0 ? officers : provinceOfficers(db);
    }
    case 'province_officers':
      return provinceOfficers(db);
  }
}

/**
 * Stores in-app notifications for everyone in the notice's audiences (once each, never the
 * actor themself), inside the caller's transaction. Returns the emails to send after commit.
 */
export async function notifyAudiences(db: Kysely<DB>, req: NoticeRequest): Promise<MailMessage[]> {
  const byId = new Map<number, Recipient>();
  for (const audience of req.notice.audiences) {
    for (const r of await audienceMembers(db, audience, req.producer)) byId.set(r.id, r);
  }
  byId.delete(req.actor.userId);
  const recipients = [...byId.values()];
  const title = noticeTitle(req.notice.kind, req.subject);
  await insertNotifications(db, recipients.map((r) => ({
    recipient_id: r.id, kind: req.notice.kind, title_vi: title.vi, title_en: title.en, link: req.link, created_at: req.at, read_at: null,
  })));
  const text = `${title.vi}\n${title.en}\n\n${req.link}\n`;
  return recipients.flatMap((r) => (r.email === null ? [] : [{ to: r.email, subject: title.vi, text }]));
}
