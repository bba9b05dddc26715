import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';
import { testEngine } from './helpers/engine.js';

let srv: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  srv = await startTestServer();
  admin = new ApiClient(srv.url);
  await admin.login('admin');
});
afterAll(async () => srv.close());

async function expectProblem(res: Response, status: number): Promise<{ errors?: { path: string }[]; detail?: string }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { type: string; title: string; status: number; errors?: { path: string }[]; detail?: string };
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|select |insert into|SqliteError|node_modules/i);
  return body;
}

async function userCount(): Promise<number> {
  return ((await (await admin.get('/api/v1/users?pageSize=1')).json()) as { total: number }).total;
}

describe('health and documentation', () => {
  it('/healthz names the engine', async () => {
    const body = (await (await fetch(`${srv.url}/healthz`)).json()) as unknown;
    expect(body).toEqual({ status: 'ok', database: testEngine() });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and browsable docs', async () => {
    const doc = (await (await fetch(`${srv.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/audit', '/api/v1/units', '/api/v1/producers/{id}']));
    expect(JSON.stringify(doc.paths['/api/v1/users']?.post?.requestBody)).toContain('username');
    const docs = await fetch(`${srv.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${srv.url}/api/v1/units`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('bad input answers problem+json 4xx and stores nothing', () => {
  it('malformed JSON', async () => {
    const before = await userCount();
    const res = await admin.request('POST', '/api/v1/users', undefined, { 'content-type': 'application/json' });
    await expectProblem(res, 400);
    const raw = await fetch(`${srv.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username": "admin", ' });
    await expectProblem(raw, 400);
    expect(await userCount()).toBe(before);
  });

  it('wrong types and missing fields name the field path', async () => {
    const before = await userCount();
    const body = await expectProblem(await admin.post('/api/v1/users', { username: 42, displayName: '', role: 'emperor' }), 400);
    const paths = (body.errors ?? []).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.displayName', 'body.password', 'body.role']));
    expect(await userCount()).toBe(before);
  });

  it('unknown fields on an update are refused', async () => {
    const body = await expectProblem(await admin.patch('/api/v1/users/1', { isRoot: true }), 400);
    expect(body.errors?.[0]?.path).toBe('body');
  });

  it('a role without its scope is refused with the field named', async () => {
    const body = await expectProblem(await admin.post('/api/v1/users', { username: 'no-scope', displayName: 'X', password: 'long-enough-1', role: 'commune_officer' }), 422);
    expect(body.errors?.[0]?.path).toBe('body.unitId');
  });

  it('bad query and path parameters', async () => {
    await expectProblem(await admin.get('/api/v1/users?page=0'), 400);
    await expectProblem(await admin.get('/api/v1/producers/not-a-number'), 400);
    await expectProblem(await admin.get('/api/v1/units?at=2025-13-45'), 400);
    await expectProblem(await admin.get('/api/v1/producers/99999'), 404);
  });

  it('a body over the limit is refused', async () => {
    await expectProblem(await admin.post('/api/v1/users', { username: 'big', displayName: 'x'.repeat(2 * 1024 * 1024) }), 413);
  });

  it('unknown routes and wrong content types', async () => {
    await expectProblem(await fetch(`${srv.url}/api/v1/nowhere`), 404);
    const res = await fetch(`${srv.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<login/>' });
    await expectProblem(res, 415);
  });

  it('a duplicate username is a 409 naming the field', async () => {
    const body = await expectProblem(await admin.post('/api/v1/users', { username: 'officer', displayName: 'Dup', password: 'long-enough-1', role: 'province_officer' }), 409);
    expect(body.errors?.[0]?.path).toBe('body.username');
  });
});

describe('units API', () => {
  it('maps an old commune of Huyện Tiên Yên to its 2025 unit', async () => {
    const list = (await (await fetch(`${srv.url}/api/v1/units?q=ha%20lau&level=commune`)).json()) as { items: { id: string; name: string }[] };
    const haLau = list.items.find((u) => u.name === 'Xã Hà Lâu');
    expect(haLau).toBeDefined();
    const detail = (await (await fetch(`${srv.url}/api/v1/units/${haLau!.id}`)).json()) as { successors: { unit: { name: string; validFrom: string }; partial: boolean }[] };
    expect(detail.successors).toEqual([expect.objectContaining({ unit: expect.objectContaining({ name: 'Xã Điền Xá', validFrom: '2025-07-01' }), partial: false })]);
  });

  it('lists the 54 units valid after the reorganisation', async () => {
    const list = (await (await fetch(`${srv.url}/api/v1/units?level=commune&at=2025-07-01`)).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(54);
  });
});
