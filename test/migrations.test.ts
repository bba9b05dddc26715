import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.js';
import { migrateToLatest, schemaState } from '../src/db/migrate.js';
import { KNOWN_MIGRATIONS } from '../src/db/migrations/index.js';
import { serve } from '../src/server/serve.js';
import { type TestStore, createTestStore } from './helpers/engine.js';
import { testConfig } from './helpers/runtime.js';

let store: TestStore | undefined;
afterEach(async () => {
  await store?.drop();
  store = undefined;
});

const quiet = { print: () => undefined };

describe('migrations', () => {
  it('apply from an empty database, then report the schema current', async () => {
    store = await createTestStore();
    const database = createDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
    expect(await schemaState(database)).toEqual({ status: 'empty' });
    expect(await migrateToLatest(database)).toEqual(KNOWN_MIGRATIONS);
    expect(await schemaState(database)).toEqual({ status: 'current' });
    expect(await migrateToLatest(database)).toEqual([]);
    await database.close();
  });

  it('a server started with --no-migrate refuses an unmigrated database', async () => {
    store = await createTestStore();
    await expect(serve(testConfig(store), { migrate: false, demo: false, ...quiet })).rejects.toThrow(/no schema yet.*ocop migrate/);
  });

  it('a server refuses a database whose schema is newer than the code', async () => {
    store = await createTestStore();
    const database = createDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
    await migrateToLatest(database);
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(database.db);
    await database.close();
    await expect(serve(testConfig(store), { migrate: true, demo: false, ...quiet })).rejects.toThrow(/newer than this code.*9999-from-the-future/);
  });

  it('loads the demo data on the first start only', async () => {
    store = await createTestStore();
    const first = await serve(testConfig(store), { migrate: true, demo: true, ...quiet });
    expect(first.demoPassword).toBeDefined();
    await first.close();
    const second = await serve(testConfig(store), { migrate: true, demo: true, ...quiet });
    expect(second.demoPassword).toBeUndefined();
    const users = await second.runtime.ctx.db.selectFrom('app_user').select('username').execute();
    expect(users.map((u) => u.username).sort()).toEqual(['admin', 'commune', 'council1', 'council2', 'council3', 'officer', 'producer', 'producer2']);
    await second.close();
  });
});
