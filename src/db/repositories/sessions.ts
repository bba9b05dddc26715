import type { Insertable, Kysely } from 'kysely';
import type { DB, SessionTable } from '../schema.js';

export async function insertSession(db: Kysely<DB>, row: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export async function findLiveSessionWithUser(db: Kysely<DB>, id: string, nowIso: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select(['session.id as sessionId', 'session.csrf_token', 'session.expires_at', 'session.last_seen_at'])
    .select(['app_user.id', 'app_user.username', 'app_user.role', 'app_user.unit_id', 'app_user.producer_id', 'app_user.active'])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function extendSession(db: Kysely<DB>, id: string, lastSeen: string, expiresAt: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: lastSeen, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, nowIso: string): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', nowIso).execute();
}
