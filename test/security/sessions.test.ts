import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from '../helpers/server.js';
import { LEAK, rowCounts } from './hostile-payloads.js';
import { fetchOperations, isStateChanging } from './openapi-routes.js';

// Sessions and headers beyond test/auth.test.ts (which proves the login refusals, HttpOnly and
// SameSite, server-side logout and CSRF on one route): the session id is never the one a client
// brings, the cookie is Secure behind an https public address, CSRF guards every state-changing
// route of the OpenAPI document, HTML pages carry a CSP, and error bodies carry no internals.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => srv?.close());

function sessionOf(res: Response): string {
  return /ocop_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
}

async function login(username: string, cookie?: string): Promise<Response> {
  return fetch(`${srv.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(cookie === undefined ? {} : { cookie }) }, body: JSON.stringify({ username, password: srv.demoPassword }),
  });
}

describe('sessions', () => {
  it('issues a new session id at every login, ignoring one the client brings (no fixation)', async () => {
    const planted = 'attacker-chosen-session-id-0123456789abcdef';
    const first = await login('officer', `ocop_session=${planted}`);
    expect(first.status).toBe(200);
    const id1 = sessionOf(first);
    expect(id1).not.toBe(planted);
    expect(id1.length).toBeGreaterThanOrEqual(40);
    expect((await fetch(`${srv.url}/api/v1/auth/me`, { headers: { cookie: `ocop_session=${planted}` } })).status).toBe(401);
    // Signing in again from a signed-in browser also rotates the id.
    const second = await login('officer', `ocop_session=${id1}`);
    expect(sessionOf(second)).not.toBe(id1);
  });

  it('stores only a hash of the session id', async () => {
    const id = sessionOf(await login('commune'));
    const rows = await srv.server.runtime.ctx.db.selectFrom('session').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('a logged-out session cannot be used again, even with its CSRF token', async () => {
    const c = new ApiClient(srv.url);
    await c.login('officer');
    const csrf = c.csrf ?? '';
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = await c.request('PATCH', '/api/v1/rounds/1', { notes: 'sau khi đăng xuất' }, { 'x-csrf-token': csrf });
    expect(replay.status).toBe(401);
  });

  it('sets HttpOnly, SameSite=Lax, Path=/ and a bounded Max-Age', async () => {
    const cookie = (await login('council1')).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(cookie)?.[1] ?? 'NaN');
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
  });

  it('marks the cookie Secure when the public address is https, and over a trusted https proxy', async () => {
    const https = await startTestServer({ OCOP_PUBLIC_URL: 'https://ocop.quangninh.gov.vn' });
    try {
      const res = await fetch(`${https.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: https.demoPassword }) });
      expect(res.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure/i);
    } finally {
      await https.close();
    }
    const proxied = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
    try {
      const res = await fetch(`${proxied.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify({ username: 'admin', password: proxied.demoPassword }) });
      expect(res.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure/i);
    } finally {
      await proxied.close();
    }
    // Plain http on a plain-http deployment (development) keeps working without Secure.
    expect((await login('admin')).headers.get('set-cookie') ?? '').not.toMatch(/;\s*Secure/i);
  }, 60_000);
});

describe('CSRF on every state-changing route', () => {
  it('refuses every POST/PUT/PATCH/DELETE of the API sent with the session cookie but without (or with a wrong) x-csrf-token', async () => {
    const c = new ApiClient(srv.url);
    await c.login('admin');
    const ops = (await fetchOperations(srv.url)).filter((op) => isStateChanging(op) && op.path.startsWith('/api/'));
    expect(ops.length).toBeGreaterThan(40);
    const before = await rowCounts(srv.server.runtime.ctx);
    const admitted: string[] = [];
    const csrf = c.csrf;
    for (const op of ops) {
      const path = op.path.replace(/\{[^}]+\}/g, '1');
      for (const token of [undefined, 'wrong-token', `${csrf ?? ''}x`]) {
        c.csrf = token;
        const res = await c.request(op.method, path, op.method === 'DELETE' ? undefined : {});
        const body = (await res.json()) as { type?: string };
        if (res.status !== 403 || body.type !== '/problems/csrf') admitted.push(`${op.key} with ${token ?? 'no token'}: ${res.status} ${body.type ?? ''}`);
      }
    }
    c.csrf = csrf;
    expect(admitted).toEqual([]);
    expect(await rowCounts(srv.server.runtime.ctx)).toEqual(before);
    // The same session with its token still works: the refusals were about the header alone.
    expect((await c.patch('/api/v1/rounds/1', { notes: 'có mã CSRF' })).status).toBe(200);
  });
});

describe('headers and error bodies', () => {
  it('sends a Content-Security-Policy without inline scripts on every HTML page', async () => {
    const number = (await srv.server.runtime.ctx.db.selectFrom('certificate').select('number').orderBy('id').executeTakeFirstOrThrow()).number;
    const serial = (await srv.server.runtime.ctx.db.selectFrom('stamp').select('serial').orderBy('id').executeTakeFirstOrThrow()).serial;
    // The portal is served once built (npm test builds it first); the public pages always.
    const portal = existsSync('dist/web/index.html') ? ['/portal/', '/portal/some/deep/link'] : [];
    for (const path of [...portal, `/certificates/${number}`, `/v/${serial}`, '/v/NOT-A-SERIAL', '/certificates/QN-0000-OCOP-000000']) {
      const res = await fetch(`${srv.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(res.headers.get('content-type') ?? '', path).toMatch(/text\/html/);
      expect(csp, path).toMatch(/default-src '(self|none)'/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(/script-src[^;]*'unsafe-inline'/.test(csp), path).toBe(false);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('answers errors of every kind without stack traces, SQL or file paths', async () => {
    const c = new ApiClient(srv.url);
    await c.login('admin');
    const probes = await Promise.all([
      c.request('GET', '/api/v1/products/abc'), c.request('GET', '/api/v1/products/2147483647'), c.request('GET', '/api/v1/nope'),
      c.request('POST', '/api/v1/products', { producerId: 999999, name: 'x', setNumber: 8 }), c.request('POST', '/api/v1/users', { username: 'admin', displayName: 'A', password: 'long-enough-1', role: 'province_admin' }),
      c.request('PATCH', '/api/v1/producers/1', { unknownField: true }), c.request('DELETE', '/api/v1/products/1'),
      fetch(`${srv.url}/api/v1/products`, { method: 'POST', headers: { 'content-type': 'application/xml', 'x-csrf-token': c.csrf ?? '' }, body: '<x/>' }),
      fetch(`${srv.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' }),
    ]);
    for (const res of probes) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const text = await res.text();
      expect(LEAK.exec(text)?.[0] ?? null, text).toBeNull();
    }
  });
});
