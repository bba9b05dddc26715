import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { NotificationTable } from '../schema-cycle.js';
import type { DB } from '../schema.js';

export type NotificationRow = Selectable<NotificationTable>;
export type Recipient = { id: number; username: string; email: string | null };

export async function insertNotifications(db: Kysely<DB>, rows: Insertable<NotificationTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notification').values(rows).execute();
}

function own(db: Kysely<DB>, recipientId: number, unreadOnly: boolean) {
  let q = db.selectFrom('notification').where('recipient_id', '=', recipientId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q;
}

export async function listNotificationRows(db: Kysely<DB>, recipientId: number, unreadOnly: boolean, limit: number, offset: number): Promise<NotificationRow[]> {
  return own(db, recipientId, unreadOnly).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countNotificationRows(db: Kysely<DB>, recipientId: number, unreadOnly: boolean): Promise<number> {
  const r = await own(db, recipientId, unreadOnly).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findOwnNotification(db: Kysely<DB>, id: number, recipientId: number): Promise<NotificationRow | undefined> {
  return own(db, recipientId, false).selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks one of the recipient's notifications read (keeping the first read time). */
export async function markNotificationRead(db: Kysely<DB>, id: number, recipientId: number, at: string): Promise<void> {
  await db.updateTable('notification').set({ read_at: at }).where('id', '=', id).where('recipient_id', '=', recipientId).where('read_at', 'is', null).execute();
}

export async function markAllNotificationsRead(db: Kysely<DB>, recipientId: number, at: string): Promise<number> {
  const r = await db.updateTable('notification').set({ read_at: at }).where('recipient_id', '=', recipientId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

function activeUsers(db: Kysely<DB>) {
  return db.selectFrom('app_user').select(['id', 'username', 'email']).where('active', '=', 1);
}

export async function producerMembers(db: Kysely<DB>, producerId: number): Promise<Recipient[]> {
  return activeUsers(db).where('role', '=', 'producer_member').where('producer_id', '=', producerId).orderBy('id').execute();
}

export async function usersWithRole(db: Kysely<DB>, role: 'province_officer' | 'province_admin'): Promise<Recipient[]> {
  return activeUsers(db).where('role', '=', role).orderBy('id').execute();
}

/**
 * Commune officers whose scope covers a unit: officers of the unit itself, of the units above
 * it, and of the units it became part of (the inverse of `unitScopeIds`), so a producer still
 * filed under a pre-2025 unit reaches the officers of today's commune.
 */
export async function communeOfficersCovering(db: Kysely<DB>, unitId: string): Promise<Recipient[]> {
  const covering = await sql<{ id: string }>`
    with recursive up(id) as (
      select ${unitId}
      union
      select x.up from up
      join (select from_id as id, to_id as up from unit_succession
            union all
            select id, parent_id as up from unit where parent_id is not null) x on x.id = up.id
    )
    select id from up`.execute(db);
  const unitIds = covering.rows.map((r) => r.id);
  return activeUsers(db).where('role', '=', 'commune_officer').where('unit_id', 'in', unitIds).orderBy('id').execute();
}
