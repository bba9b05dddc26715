import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestStore, createTestStore } from './helpers/engine.js';
import { TEST_PASSWORD, TEST_SECRET } from './helpers/runtime.js';

// The real `ocop serve` process: what it logs and how it stops.

let store: TestStore;
let child: ChildProcessWithoutNullStreams;
let output = '';
let base = '';

beforeAll(async () => {
  store = await createTestStore();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', OCOP_DATA_DIR: store.dataDir, OCOP_SECRET: TEST_SECRET, OCOP_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'info' };
  if (store.databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = store.databaseUrl;
  child = spawn('node', ['bin/ocop.js', 'serve'], { env });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const started = Date.now();
  while (!/listening on (http:\/\/\S+)/.test(output)) {
    if (Date.now() - started > 60_000) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  base = (/listening on (http:\/\/\S+)/.exec(output)?.[1] ?? '').replace('localhost', '127.0.0.1');
});
afterAll(async () => {
  child.kill('SIGKILL');
  await store.drop();
});

describe('ocop serve', () => {
  it('never writes passwords, cookies or tokens to its logs', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const sessionValue = cookie.split('=')[1] ?? 'missing';
    await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
    await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: 'Bearer ocop_secret-looking-token-value' } });
    await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'typo-in-password' }) });
    await new Promise((r) => setTimeout(r, 200));
    // The start banner prints the demo password on purpose (first start only); the logs must not.
    const logs = output.split('\n').filter((l) => l.startsWith('{')).join('\n');
    expect(logs).toMatch(/incoming request/);
    for (const secret of [TEST_PASSWORD, 'typo-in-password', sessionValue, 'secret-looking-token-value', TEST_SECRET]) expect(logs).not.toContain(secret);
  });

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const body = JSON.stringify({ username: 'officer', password: TEST_PASSWORD });

    // Logins take tens of milliseconds (argon2), so these are still running when the signal lands.
    const inflight = Array.from({ length: 8 }, () =>
      fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body }).then((r) => r.status),
    );
    // Signal only once the server has received all of them (it logs each on arrival).
    const arrived = () => (output.match(/"url":"\/api\/v1\/auth\/login".*"msg":"incoming request"/g) ?? []).length;
    const before = arrived();
    while (arrived() < before + 8) await new Promise((r) => setTimeout(r, 2));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inflight);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(await exited).toBe(0);
  });
});
