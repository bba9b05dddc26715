import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_MIGRATIONS } from '../src/db/migrations/index.js';
import { type TestStore, createTestStore, testEngine } from './helpers/engine.js';
import { TEST_PASSWORD, TEST_SECRET } from './helpers/runtime.js';
import { ApiClient, startTestServer } from './helpers/server.js';

const run = promisify(execFile);
let store: TestStore;

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, OCOP_DATA_DIR: store.dataDir, OCOP_SECRET: TEST_SECRET, OCOP_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent', ...extra };
  if (store.databaseUrl === undefined) delete e.DATABASE_URL;
  else e.DATABASE_URL = store.databaseUrl;
  return e;
}

async function ocop(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('node', ['bin/ocop.js', ...args], { env: env(extra), timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => store.drop());

// Each case spawns the real `ocop` process (tsx loads the sources, ~2 s per start), so give them room on a busy machine.
describe('ocop CLI', { timeout: 120_000 }, () => {
  it('lists its commands, and every command has --help', async () => {
    const help = await ocop(['--help']);
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'token', 'backup', 'restore']) expect(help.stdout).toContain(cmd);
    for (const cmd of [['serve'], ['migrate'], ['seed'], ['user', 'add'], ['token', 'create'], ['backup'], ['restore']]) {
      const r = await ocop([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: ocop/);
    }
  });

  it('migrates, seeds the demo once, and adds users with validation', async () => {
    expect((await ocop(['migrate'])).stdout).toMatch(new RegExp(`applied ${KNOWN_MIGRATIONS.length} migration`));
    expect((await ocop(['migrate', '--status'])).stdout).toMatch(/current/);
    expect((await ocop(['seed', '--demo'])).stdout).toMatch(/demo data loaded/);
    expect((await ocop(['seed', '--demo'])).stdout).toMatch(/already loaded/);
    const added = await ocop(['user', 'add', 'cb-dam-ha', '--role', 'commune_officer', '--unit', 'new-06895', '--name', 'Cán bộ xã Đầm Hà']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/created user cb-dam-ha .*\npassword: \S+/);
    const noUnit = await ocop(['user', 'add', 'cb-x', '--role', 'commune_officer']);
    expect(noUnit.code).not.toBe(0);
    expect(noUnit.stderr).toMatch(/error: .*unitId/);
    const dup = await ocop(['user', 'add', 'admin', '--role', 'province_admin']);
    expect(dup.code).not.toBe(0);
    expect(dup.stderr).toMatch(/already taken/);
  });

  it('prints an API token that acts as the user, and fails clearly for an unknown user', async () => {
    const r = await ocop(['token', 'create', '--user', 'producer']);
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    const bad = await ocop(['token', 'create', '--user', 'ghost']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/User 'ghost' not found/);
    const srv = await startTestServer();
    try {
      // A token from another database does not work here...
      const c = new ApiClient(srv.url);
      c.bearer = token;
      expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    } finally {
      await srv.close();
    }
  });

  it('refuses a wrong configuration value with a message and a non-zero exit', async () => {
    const r = await ocop(['migrate'], { PORT: 'abc' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/PORT: expected/);
  });

  it('backs up and restores the SQLite database (or explains pg_dump on PostgreSQL)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-backup-'));
    const dest = join(dir, 'b1');
    const backup = await ocop(['backup', dest]);
    if (testEngine() === 'postgres') {
      expect(backup.code).not.toBe(0);
      expect(backup.stderr).toMatch(/pg_dump/);
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    expect(backup.stdout).toMatch(/backup written/);
    const target = join(dir, 'restored');
    const restored = await ocop(['restore', dest], { OCOP_DATA_DIR: target });
    expect(restored.code).toBe(0);
    const status = await ocop(['migrate', '--status'], { OCOP_DATA_DIR: target });
    expect(status.stdout).toMatch(/current/);
    const again = await ocop(['restore', dest], { OCOP_DATA_DIR: target });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/--force/);
    rmSync(dir, { recursive: true, force: true });
  });
});
