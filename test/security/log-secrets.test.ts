import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestStore, createTestStore } from '../helpers/engine.js';
import { ApiClient } from '../helpers/server.js';
import { TEST_PASSWORD, TEST_SECRET } from '../helpers/runtime.js';
import { MOBILE_UA } from '../stamps-fixtures.js';
import { type Spawned, serverEnv, spawnServer, waitFor } from '../hard/spawned.js';

// The real server process at debug level, through a session that logs in, changes passwords,
// uses API tokens made by the CLI, downloads a PIN file and checks PINs: none of the secrets
// involved appears anywhere in what it logged (test/process.test.ts covers login and cookies
// at info level).

let store: TestStore;
let server: Spawned;

beforeAll(async () => {
  store = await createTestStore();
  server = await spawnServer(store, { LOG_LEVEL: 'debug', OCOP_TRUST_PROXY: 'true' });
}, 120_000);
afterAll(async () => {
  await server?.kill9().catch(() => undefined);
  await store?.drop();
});

function cliToken(username: string): string {
  const r = spawnSync('node', ['bin/ocop.js', 'token', 'create', '--user', username], { env: serverEnv(store, { LOG_LEVEL: 'debug' }), encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').at(-1)?.trim() ?? '';
}

describe('no secrets in logs', () => {
  it('logs neither passwords, session ids, CSRF tokens, API tokens, PINs nor the signing secret', async () => {
    // The CLI runs first: spawnSync blocks this process, and idle keep-alive sockets must not age meanwhile.
    const officerToken = cliToken('officer');
    const secrets: string[] = [TEST_PASSWORD, TEST_SECRET];
    const admin = new ApiClient(server.base);
    const login = await admin.login('admin');
    secrets.push(/ocop_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? 'missing-cookie', admin.csrf ?? 'missing-csrf');
    const newPassword = 'mat-khau-moi-rat-bi-mat-42';
    const created = await admin.post('/api/v1/users', { username: 'nhat-ky', displayName: 'Kiểm thử nhật ký', password: newPassword, role: 'province_officer' });
    const { id } = (await created.json()) as { id: number };
    await admin.patch(`/api/v1/users/${id}`, { password: `${newPassword}-2` });
    secrets.push(newPassword, `${newPassword}-2`);
    await new ApiClient(server.base).login('nhat-ky', 'sai-mat-khau-nhe');

    const officer = new ApiClient(server.base);
    officer.bearer = officerToken;
    const producer = new ApiClient(server.base);
    await producer.login('producer');
    secrets.push(officer.bearer, producer.csrf ?? 'missing-csrf');
    const bad = new ApiClient(server.base);
    bad.bearer = `${officer.bearer.slice(0, -4)}zzzz`;
    await bad.get('/api/v1/auth/me');

    const me = (await (await producer.get('/api/v1/auth/me')).json()) as { user: { producerId: number } };
    const products = (await (await producer.get(`/api/v1/products?producerId=${me.user.producerId}&status=certified&pageSize=50`)).json()) as { items: { id: number; gtin: string | null }[] };
    const batch = (await (await producer.post('/api/v1/stamp-batches', { productId: products.items[0]?.id, quantity: 4, type: 'qr_pin' })).json()) as { id: number };
    expect((await officer.post(`/api/v1/stamp-batches/${batch.id}/approve`)).status).toBe(200);
    await waitFor('issued', async () => (((await (await producer.get(`/api/v1/stamp-batches/${batch.id}`)).json()) as { status: string }).status === 'issued' ? true : undefined), 60_000, 100);
    const csv = await (await producer.post(`/api/v1/stamp-batches/${batch.id}/pins`)).text();
    const pins = csv.trim().split('\r\n').slice(1).map((l) => l.split(',') as [string, string]);
    expect(pins.length).toBe(4);
    for (const [i, [serial, pin]] of pins.entries()) {
      const wrong = pin === '000000' ? '111111' : '000000';
      for (const typed of [wrong, pin]) {
        await fetch(`${server.base}/api/v1/public/verify/${serial}/pin`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': MOBILE_UA, 'x-forwarded-for': `10.5.0.${i}` }, body: JSON.stringify({ pin: typed }) });
      }
    }
    await new Promise((r) => setTimeout(r, 1500));

    const logs = server.output().split('\n').filter((l) => l.startsWith('{')).join('\n');
    expect(logs).toMatch(/incoming request/);
    const found = secrets.filter((s) => s.length >= 8 && logs.includes(s)).map((s) => `${s.slice(0, 6)}…`);
    for (const [, pin] of pins) if (new RegExp(`(?<![\\d.])${pin}(?![\\d.])`).test(logs)) found.push(`PIN ${pin}`);
    expect(found).toEqual([]);
  }, 120_000);
});
