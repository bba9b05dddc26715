import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { createApiToken } from '../../src/services/auth/create-api-token.js';
import { type TestStore, createTestStore } from '../helpers/engine.js';
import { TEST_PASSWORD } from '../helpers/runtime.js';
import { MOBILE_UA } from '../stamps-fixtures.js';
import { type Spawned, freePort, openStore, spawnServer } from './spawned.js';

// A bounded mixed load on loopback (verify pages, the public catalogue when present, API reads and
// writes by several users) against the real server process: no errors, resident memory not
// growing (first third against last third), latency stable. Then, with a small in-flight limit,
// more concurrent requests than it admits: the excess gets 503 + Retry-After, health checks still
// answer, and the server serves normally afterwards.

const SOAK_MS = Number(process.env.OCOP_SOAK_SECONDS ?? '60') * 1000;
const CONCURRENCY = 12;

let store: TestStore;
let server: Spawned;
const tokens: Record<string, string> = {};
let serials: string[] = [];
let ownProduct = 0;
let port = 0;

beforeAll(async () => {
  store = await createTestStore();
  port = await freePort();
  server = await spawnServer(store, { PORT: String(port), OCOP_PUBLIC_URL: `http://127.0.0.1:${port}`, OCOP_TRUST_PROXY: 'true', OCOP_MAX_IN_FLIGHT: '64' });
  const rt = await openStore(store);
  for (const u of ['producer', 'producer2', 'officer', 'commune']) tokens[u] = (await createApiToken(rt.ctx, { actor: SYSTEM_ACTOR, username: u, name: 'soak' })).token;
  serials = (await rt.ctx.db.selectFrom('stamp').select('serial').orderBy('id').limit(40).execute()).map((r) => r.serial);
  const producerId = (await rt.ctx.db.selectFrom('app_user').select('producer_id').where('username', '=', 'producer').executeTakeFirstOrThrow()).producer_id ?? 0;
  ownProduct = (await rt.ctx.db.selectFrom('product').select('id').where('producer_id', '=', producerId).orderBy('id').executeTakeFirstOrThrow()).id;
  await rt.database.close();
}, 180_000);
afterAll(async () => {
  await server?.stop().catch(() => undefined);
  await store?.drop();
});

type Sample = { at: number; ms: number; ok: boolean; what: string };

function requestFor(i: number): { what: string; path: string; init: RequestInit } {
  const bearer = (u: string) => ({ authorization: `Bearer ${tokens[u] ?? ''}` });
  const ip = `10.9.${(i >> 8) & 255}.${i & 255}`;
  const mix = [
    () => ({ what: 'verify', path: `/v/${serials[i % serials.length] ?? ''}`, init: { headers: { 'user-agent': MOBILE_UA, 'x-forwarded-for': ip } } }),
    () => ({ what: 'verify-api', path: `/api/v1/public/verify/${serials[i % serials.length] ?? ''}`, init: { headers: { 'x-forwarded-for': ip } } }),
    () => ({ what: 'catalogue', path: '/catalogue', init: { headers: { 'x-forwarded-for': ip } } }),
    () => ({ what: 'products', path: '/api/v1/products?pageSize=20', init: { headers: bearer('officer') } }),
    () => ({ what: 'dossiers', path: '/api/v1/dossiers?pageSize=20', init: { headers: bearer('commune') } }),
    () => ({ what: 'batches', path: '/api/v1/stamp-batches', init: { headers: bearer('producer2') } }),
    () => ({ what: 'write', path: `/api/v1/products/${ownProduct}`, init: { method: 'PATCH', headers: { ...bearer('producer'), 'content-type': 'application/json' }, body: JSON.stringify({ description: `Mô tả cập nhật lần ${i}` }) } }),
    () => ({ what: 'read-all', path: '/api/v1/notifications/read-all', init: { method: 'POST', headers: bearer('officer') } }),
  ];
  return (mix[i % mix.length] ?? mix[0]!)();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const thirds = <T>(xs: T[]): [T[], T[]] => [xs.slice(0, Math.floor(xs.length / 3)), xs.slice(Math.ceil((2 * xs.length) / 3))];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

describe('load and soak', () => {
  it('serves a mixed load without errors, with flat memory and stable latency', async () => {
    const catalogue = (await fetch(`${server.base}/catalogue`)).status === 200;
    const samples: Sample[] = [];
    const rss: number[] = [];
    const started = Date.now();
    const sampler = setInterval(() => rss.push(server.rssMiB()), 1000);
    let n = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() - started < SOAK_MS) {
        n += 1;
        const r = requestFor(n);
        if (r.what === 'catalogue' && !catalogue) continue;
        const t0 = performance.now();
        const res = await fetch(`${server.base}${r.path}`, r.init).catch(() => undefined);
        await res?.arrayBuffer();
        samples.push({ at: Date.now(), ms: performance.now() - t0, ok: res !== undefined && res.status < 400, what: `${r.what} ${res?.status ?? 'failed'}` });
      }
    }));
    clearInterval(sampler);
    const errors = samples.filter((s) => !s.ok).map((s) => s.what);
    expect(errors.slice(0, 10), `${errors.length} errors of ${samples.length}`).toEqual([]);
    expect(samples.length).toBeGreaterThan(SOAK_MS / 100);
    const [firstRss, lastRss] = thirds(rss);
    expect(mean(lastRss), `RSS ${rss.map((x) => x.toFixed(0)).join(' ')}`).toBeLessThan(mean(firstRss) * 1.3 + 40);
    const [first, last] = thirds(samples.map((s) => s.ms));
    expect(percentile(last, 95)).toBeLessThan(Math.max(percentile(first, 95) * 3, 250));
    console.log(`soak: ${samples.length} requests in ${SOAK_MS / 1000}s, p50 ${percentile(samples.map((s) => s.ms), 50).toFixed(1)} ms, p95 first/last ${percentile(first, 95).toFixed(1)}/${percentile(last, 95).toFixed(1)} ms, RSS first/last ${mean(firstRss).toFixed(0)}/${mean(lastRss).toFixed(0)} MiB`);
  }, SOAK_MS + 120_000);

  it('sheds load past its in-flight limit with 503 + Retry-After, keeps /healthz answering, and recovers', async () => {
    // Restarted with a small limit; logins (argon2 off the event loop) stay in flight long enough to pile up.
    await server.stop();
    server = await spawnServer(store, { PORT: String(port), OCOP_TRUST_PROXY: 'true', OCOP_MAX_IN_FLIGHT: '8' }, ['--no-demo']);
    const login = (i: number) => fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.8.${i >> 8}.${i & 255}` }, body: JSON.stringify({ username: 'officer', password: TEST_PASSWORD }),
    }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), type: r.headers.get('content-type') ?? '', body: await r.text() }))
      .catch((err: unknown) => ({ status: 0, retryAfter: null, type: '', body: String(err) }));
    const health: number[] = [];
    const answers = Promise.all(Array.from({ length: 200 }, (_, i) => login(i)));
    for (let i = 0; i < 5; i += 1) {
      health.push((await fetch(`${server.base}/healthz`)).status);
      await new Promise((r) => setTimeout(r, 20));
    }
    const all = await answers;
    const shed = all.filter((a) => a.status === 503);
    expect(all.filter((a) => a.status !== 200 && a.status !== 503).map((a) => `${a.status} ${a.body.slice(0, 100)}`)).toEqual([]);
    expect(shed.length).toBeGreaterThan(0);
    expect(all.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(shed.every((a) => Number(a.retryAfter) > 0 && a.type.startsWith('application/problem+json'))).toBe(true);
    expect(health.every((s) => s === 200)).toBe(true);
    expect((await login(999)).status).toBe(200);
  }, 180_000);
});
