import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';

// Small key/value facts about the installation itself (markers of one-off loads, data hashes).

export async function readMeta(db: Kysely<DB>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function writeMeta(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db.insertInto('app_meta').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`excluded.value` })).execute();
}
