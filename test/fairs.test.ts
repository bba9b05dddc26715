import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Problem, body, loginAll, vnDay } from './cycle-fixtures.js';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// The fairs calendar API: province staff maintain it, every signed-in user reads it, changes are
// validated (problem+json naming the fields) and audited; the public calendar follows.

type Fair = { id: number; nameVi: string; nameEn: string | null; unitId: string | null; startsOn: string; endsOn: string; url: string | null; productIds: number[] };

let srv: TestServer;
let c: Record<string, ApiClient>;
let certified: number[];
let draft: number;

beforeAll(async () => {
  srv = await startTestServer();
  c = await loginAll(srv.url, ['officer', 'admin', 'commune', 'producer', 'council1']);
  const db = srv.server.runtime.ctx.db;
  certified = (await db.selectFrom('product').select('id').where('status', '=', 'certified').orderBy('id').limit(3).execute()).map((r) => r.id);
  draft = (await db.selectFrom('product').select('id').where('status', '=', 'developing').executeTakeFirstOrThrow()).id;
});
afterAll(async () => srv?.close());

const fair = () => ({
  nameVi: 'Hội chợ thử nghiệm OCOP Cẩm Phả', nameEn: 'Cẩm Phả OCOP test fair', place: 'Nhà văn hóa, Phường Cẩm Phả', unitId: 'new-06688',
  startsOn: vnDay(30), endsOn: vnDay(32), description: 'Thử nghiệm', url: 'https://example.com/fair', productIds: certified.slice(0, 2),
});

describe('fairs API', () => {
  let id: number;

  it('is maintained by province staff, audited, and shown on the public calendar', async () => {
    const created = await body<Fair>(await c.officer!.post('/api/v1/fairs', fair()), 201);
    expect(created).toMatchObject({ nameVi: fair().nameVi, unitId: 'new-06688', startsOn: vnDay(30), endsOn: vnDay(32), productIds: certified.slice(0, 2) });
    id = created.id;
    const patched = await body<Fair>(await c.admin!.patch(`/api/v1/fairs/${id}`, { endsOn: vnDay(33), productIds: [certified[2]] }), 200);
    expect(patched).toMatchObject({ endsOn: vnDay(33), productIds: [certified[2]], nameVi: fair().nameVi });
    const audit = await body<{ items: { action: string }[] }>(await c.admin!.get(`/api/v1/audit?entity=fair&entityId=${id}`), 200);
    expect(audit.items.map((a) => a.action).sort()).toEqual(['fair.create', 'fair.update']);
    const html = await (await fetch(`${srv.url}/catalogue/fairs`)).text();
    expect(html).toContain(fair().nameVi);
    expect(html).toContain(`id="fair-${id}"`);
  });

  it('is readable by every signed-in user and by nobody else', async () => {
    for (const who of ['officer', 'commune', 'producer', 'council1']) {
      const list = await body<{ items: Fair[]; total: number }>(await c[who]!.get(`/api/v1/fairs?from=${vnDay(0)}`), 200);
      expect(list.items.map((f) => f.id), who).toContain(id);
      expect((await body<Fair>(await c[who]!.get(`/api/v1/fairs/${id}`), 200)).id).toBe(id);
    }
    expect((await new ApiClient(srv.url).get('/api/v1/fairs')).status).toBe(401);
    expect((await c.officer!.get('/api/v1/fairs/987654')).status).toBe(404);
  });

  it('cannot be changed by anyone but province staff', async () => {
    for (const who of ['commune', 'producer', 'council1']) {
      expect((await c[who]!.post('/api/v1/fairs', fair())).status, who).toBe(403);
      expect((await c[who]!.patch(`/api/v1/fairs/${id}`, { place: 'x y' })).status, who).toBe(403);
      expect((await c[who]!.request('DELETE', `/api/v1/fairs/${id}`)).status, who).toBe(403);
    }
  });

  it('refuses invalid fairs with problem+json naming each field, and stores nothing', async () => {
    const before = (await body<{ total: number }>(await c.officer!.get('/api/v1/fairs'), 200)).total;
    const res = await c.officer!.post('/api/v1/fairs', { ...fair(), endsOn: vnDay(10), unitId: 'no-such-unit', productIds: [certified[0], draft, 987654] });
    const p = await body<Problem>(res, 422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(p.errors?.map((e) => e.path)).toEqual(['body.endsOn', 'body.unitId', 'body.productIds.1', 'body.productIds.2']);
    const bad = await body<Problem>(await c.officer!.post('/api/v1/fairs', { ...fair(), nameVi: 'x', startsOn: '2026-02-30', url: 'javascript:alert(1)', extra: 1 }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(expect.arrayContaining(['body.nameVi', 'body.startsOn', 'body.url']));
    expect((await body<{ total: number }>(await c.officer!.get('/api/v1/fairs'), 200)).total).toBe(before);
  });

  it('is removed by province staff, audited', async () => {
    expect((await c.officer!.request('DELETE', `/api/v1/fairs/${id}`)).status).toBe(204);
    expect((await c.officer!.get(`/api/v1/fairs/${id}`)).status).toBe(404);
    const audit = await body<{ items: { action: string }[] }>(await c.admin!.get(`/api/v1/audit?entity=fair&entityId=${id}`), 200);
    expect(audit.items.map((a) => a.action)).toContain('fair.delete');
  });

  it('has demo fairs in the coming months with products attached', async () => {
    const list = await body<{ items: Fair[] }>(await c.officer!.get(`/api/v1/fairs?from=${vnDay(0)}`), 200);
    const units = list.items.map((f) => f.unitId);
    expect(units).toEqual(expect.arrayContaining(['new-06688', 'new-06712', 'new-06862']));
    for (const f of list.items) expect(f.productIds.length).toBeGreaterThan(0);
  });
});
