import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, Role, UserTable } from '../schema.js';

export type UserRow = Selectable<UserTable>;

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Kysely<DB>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<DB>, row: Insertable<UserTable>): Promise<UserRow> {
  return db.insertInto('app_user').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateUserRow(db: Kysely<DB>, id: number, patch: Updateable<UserTable>): Promise<UserRow> {
  return db.updateTable('app_user').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export type UserFilter = { q?: string | undefined; role?: Role | undefined };

function filtered(db: Kysely<DB>, f: UserFilter) {
  let q = db.selectFrom('app_user');
  if (f.role !== undefined) q = q.where('role', '=', f.role);
  if (f.q !== undefined && f.q !== '') {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['username']), 'like', like), eb(eb.fn('lower', ['display_name']), 'like', like)]));
  }
  return q;
}

export async function listUsers(db: Kysely<DB>, f: UserFilter, limit: number, offset: number): Promise<UserRow[]> {
  return filtered(db, f).selectAll().orderBy('username').limit(limit).offset(offset).execute();
}

export async function countUsers(db: Kysely<DB>, f: UserFilter): Promise<number> {
  const row = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
