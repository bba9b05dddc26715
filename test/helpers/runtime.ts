import type { Config } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/config.js';
import type { Actor } from '../../src/domain/roles.js';
import { type Runtime, openRuntime } from '../../src/server/runtime.js';
import { seedDemo } from '../../src/services/setup/seed-demo.js';
import { findUserByUsername } from '../../src/db/repositories/users.js';
import { type TestStore, createTestStore } from './engine.js';

export const TEST_PASSWORD = 'demo-password-123';
export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export function testConfig(store: TestStore, extra: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', OCOP_DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl,
    OCOP_SECRET: TEST_SECRET, OCOP_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent', ...extra,
  });
}

export type TestRuntime = Runtime & { store: TestStore; actor(username: string): Promise<Actor>; close(): Promise<void> };

/** A migrated database with units and the demo register, on the engine under test. */
export async function createTestRuntime(opts: { demo?: boolean } = {}): Promise<TestRuntime> {
  const store = await createTestStore();
  const rt = await openRuntime(testConfig(store), { migrate: true, warn: () => undefined });
  if (opts.demo !== false) await seedDemo(rt.ctx, { password: TEST_PASSWORD });
  return {
    ...rt,
    store,
    async actor(username) {
      const u = await findUserByUsername(rt.ctx.db, username);
      if (u === undefined) throw new Error(`no user ${username}`);
      return { userId: u.id, username: u.username, role: u.role, unitId: u.unit_id, producerId: u.producer_id };
    },
    async close() {
      await rt.database.close();
      await store.drop();
    },
  };
}
