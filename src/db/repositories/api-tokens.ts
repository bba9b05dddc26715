import type { Insertable, Kysely } from 'kysely';
import type { ApiTokenTable, DB } from '../schema.js';

export async function insertApiToken(db: Kysely<DB>, row: Insertable<ApiTokenTable>): Promise<number> {
  const r = await db.insertInto('api_token').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findActiveTokenWithUser(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select(['api_token.id as tokenId', 'api_token.last_used_at'])
    .select(['app_user.id', 'app_user.username', 'app_user.role', 'app_user.unit_id', 'app_user.producer_id', 'app_user.active'])
    .where('api_token.token_hash', '=', tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiToken(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
