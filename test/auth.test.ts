import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => srv.close());

describe('login', () => {
  it('refuses a wrong password with a problem document and sets no cookie', async () => {
    const c = new ApiClient(srv.url);
    const res = await c.login('officer', 'wrong-password');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('refuses an unknown user the same way as a wrong password', async () => {
    const res = await new ApiClient(srv.url).login('nobody-here', 'whatever-123');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toBe('Wrong username or password');
  });

  it('throttles repeated failures on one account, even when the right password follows', async () => {
    const c = new ApiClient(srv.url);
    for (let i = 0; i < 5; i++) expect((await c.login('council2', `bad-${i}-password`)).status).toBe(401);
    const locked = await c.login('council2', srv.demoPassword);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await new ApiClient(srv.url).login('council3')).status).toBe(200);
  });

  it('opens a session with an httpOnly, SameSite cookie and returns the user and a CSRF token', async () => {
    const c = new ApiClient(srv.url);
    const res = await c.login('commune');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { user: { username: string; role: string; unitName: string }; csrfToken: string };
    expect(body.user).toMatchObject({ username: 'commune', role: 'commune_officer', unitName: 'Xã Tiên Yên' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
  });

  it('logout ends the session on the server, not just in the browser', async () => {
    const c = new ApiClient(srv.url);
    await c.login('officer');
    const cookie = (c as unknown as { cookie: string }).cookie;
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = await fetch(`${srv.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(replay.status).toBe(401);
  });
});

describe('CSRF and tokens', () => {
  it('refuses a state-changing cookie request without the CSRF header', async () => {
    const c = new ApiClient(srv.url);
    await c.login('admin');
    c.csrf = undefined;
    const res = await c.post('/api/v1/users', { username: 'csrf-victim', displayName: 'X', password: 'long-enough-1', role: 'province_officer' });
    expect(res.status).toBe(403);
    const list = (await (await c.get('/api/v1/users?q=csrf-victim')).json()) as { total: number };
    expect(list.total).toBe(0);
  });

  it('accepts a bearer token without CSRF and applies the same authorization', async () => {
    const { createApiToken } = await import('../src/services/auth/create-api-token.js');
    const { SYSTEM_ACTOR } = await import('../src/domain/roles.js');
    const { token } = await createApiToken(srv.server.runtime.ctx, { actor: SYSTEM_ACTOR, username: 'producer' });
    const c = new ApiClient(srv.url);
    c.bearer = token;
    const me = (await (await c.get('/api/v1/auth/me')).json()) as { user: { username: string }; csrfToken: null };
    expect(me).toMatchObject({ user: { username: 'producer' }, csrfToken: null });
    expect((await c.get('/api/v1/users')).status).toBe(403);
    const bad = new ApiClient(srv.url);
    bad.bearer = 'ocop_not-a-real-token';
    expect((await bad.get('/api/v1/auth/me')).status).toBe(401);
  });
});
