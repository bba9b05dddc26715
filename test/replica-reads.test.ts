import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { createDatabase } from '../src/db/database.js';
import { type RunningServer, serve } from '../src/server/serve.js';
import { type TestStore, createTestStore, testEngine } from './helpers/engine.js';
import { testConfig } from './helpers/runtime.js';

// DATABASE_REPLICA_URL: public reads go to the replica while it answers within the allowed lag
// and back to the primary otherwise; /healthz reports it (a real streaming replica is in
// test/hard/topology.test.ts — here the "replica" is the primary itself, or an address where
// nothing listens). SQLite has no replica: the variable is refused and ctx.readDb is ctx.db.

const onPostgres = testEngine() === 'postgres';
const NOWHERE = 'postgres://postgres@127.0.0.1:9/none';
let store: TestStore;

beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => store?.drop());

describe.skipIf(!onPostgres)('read replica (PostgreSQL)', () => {
  it('reads from a healthy replica, falls back when it is unreachable or lags too much', async () => {
    const url = store.databaseUrl ?? '';
    for (const [replicaUrl, maxLag, expected] of [[url, 10, 'ok'], [NOWHERE, 10, 'unreachable'], [url, -1, 'lagging']] as const) {
      const database = createDatabase({ databaseUrl: url, dataDir: store.dataDir, replicaUrl, maxReplicaLagSeconds: maxLag });
      try {
        const status = await database.replica?.check();
        expect(status).toMatchObject({ status: expected, usedForReads: expected === 'ok' });
        if (expected !== 'unreachable') expect(status?.lagSeconds).toBe(0);
        const r = await sql<{ one: number }>`select 1 as one`.execute(database.readDb);
        expect(r.rows[0]?.one).toBe(1); // reads keep working either way
      } finally {
        await database.close();
      }
    }
  });

  it('shows the replica in /healthz without changing the contract', async () => {
    let server: RunningServer | undefined;
    try {
      server = await serve(testConfig(store, { DATABASE_REPLICA_URL: NOWHERE }), { migrate: true, demo: false, print: () => undefined });
      await server.runtime.database.replica?.check();
      const res = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: 'postgres', replica: { status: 'unreachable', lagSeconds: null, usedForReads: false } });
    } finally {
      await server?.close();
    }
  });
});

describe('read replica settings', () => {
  it('need PostgreSQL; SQLite reads from its one database', async () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://x@h/db' })).toThrow(/DATABASE_REPLICA_URL: needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@h/db', DATABASE_REPLICA_URL: 'mysql://x' })).toThrow(/DATABASE_REPLICA_URL/);
    expect(loadConfig({})).toMatchObject({ replicaMaxLagSeconds: 10, scanRetentionMonths: 24, metricsEnabled: true, metricsToken: undefined });
    if (onPostgres) return;
    const database = createDatabase({ databaseUrl: undefined, dataDir: store.dataDir });
    try {
      expect(database.readDb).toBe(database.db);
      expect(database.replica).toBeUndefined();
    } finally {
      await database.close();
    }
  });
});
