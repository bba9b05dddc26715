import type { Kysely } from 'kysely';
import { type Recipient, insertNotifications, producerMembers, usersWithRole } from '../../db/repositories/notifications.js';
import type { DB } from '../../db/schema.js';
import type { Text } from '../../domain/evaluation/types.js';

// In-app notifications about stamps: batch requests reach the province office, decisions and
// alerts reach the producer's members (and alerts the office too). Written inside the caller's
// transaction; never to the person who acted.

export type StampNotice = {
  readonly kind: string;
  readonly title: Text;
  readonly link: string;
  readonly producerId: number | null;
  readonly audiences: readonly ('producer' | 'office')[];
  readonly actorId: number | null;
  readonly at: string;
};

async function office(db: Kysely<DB>): Promise<Recipient[]> {
  const officers = await usersWithRole(db, 'province_officer');
  return officers.length > 0 ? officers : usersWithRole(db, 'province_admin');
}

export async function notifyStampEvent(db: Kysely<DB>, n: StampNotice): Promise<void> {
  const byId = new Map<number, Recipient>();
  if (n.audiences.includes('producer') && n.producerId !== null) for (const r of await producerMembers(db, n.producerId)) byId.set(r.id, r);
  if (n.audiences.includes('office')) for (const r of await office(db)) byId.set(r.id, r);
  if (n.actorId !== null) byId.delete(n.actorId);
  await insertNotifications(db, [...byId.values()].map((r) => ({
    recipient_id: r.id, kind: n.kind, title_vi: n.title.vi, title_en: n.title.en, link: n.link, created_at: n.at, read_at: null,
  })));
}
