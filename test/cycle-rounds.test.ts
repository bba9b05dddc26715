import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Problem, body, loginAll, vnDay } from './cycle-fixtures.js';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Rounds of the yearly cycle: configured by province staff, readable by every signed-in user.

type Round = { id: number; name: string; year: number; ideaFrom: string; ideaTo: string; planDeadline: string; councilDate: string | null; step: string };

let srv: TestServer;
let c: Record<string, ApiClient>;

beforeAll(async () => {
  srv = await startTestServer();
  c = await loginAll(srv.url, ['officer', 'admin', 'commune', 'producer', 'council1']);
});
afterAll(async () => srv?.close());

const full = {
  name: 'Chu trình OCOP 2029, đợt 1', year: 2029, promotionFrom: '2029-02-01', ideaFrom: '2029-03-01', ideaTo: '2029-04-30',
  planDeadline: '2029-06-30', evaluationFrom: '2029-09-01', evaluationTo: '2029-10-15', councilDate: '2029-10-30', tradePromotionFrom: '2029-11-15',
};

describe('rounds', () => {
  let id: number;

  it('are created by province staff with all their step dates', async () => {
    const r = await body<Round>(await c.officer!.post('/api/v1/rounds', full), 201);
    expect(r).toMatchObject({ name: full.name, year: 2029, ideaFrom: '2029-03-01', councilDate: '2029-10-30' });
    id = r.id;
    expect((await c.admin!.post('/api/v1/rounds', { ...full, name: 'Chu trình OCOP 2029, đợt 2' })).status).toBe(201);
  });

  it('are readable by every signed-in user, and by nobody else', async () => {
    for (const who of ['officer', 'commune', 'producer', 'council1']) {
      const list = await body<{ items: Round[]; total: number }>(await c[who]!.get('/api/v1/rounds?year=2029'), 200);
      expect(list.total).toBe(2);
      expect((await body<Round>(await c[who]!.get(`/api/v1/rounds/${id}`), 200)).name).toBe(full.name);
    }
    expect((await new ApiClient(srv.url).get('/api/v1/rounds')).status).toBe(401);
    expect((await c.officer!.get('/api/v1/rounds/987654')).status).toBe(404);
  });

  it('cannot be created or changed by anyone but province staff', async () => {
    for (const who of ['commune', 'producer', 'council1']) {
      expect((await c[who]!.post('/api/v1/rounds', { ...full, name: `Đợt của ${who}` })).status, who).toBe(403);
      expect((await c[who]!.patch(`/api/v1/rounds/${id}`, { name: 'Đổi tên' })).status, who).toBe(403);
    }
  });

  it('refuses dates out of order, naming each offending field, and stores nothing', async () => {
    const res = await c.officer!.post('/api/v1/rounds', { ...full, name: 'Đợt sai ngày', ideaTo: '2029-02-15', councilDate: '2029-08-01' });
    const p = await body<Problem>(res, 422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(p.errors).toEqual([
      { path: 'body.ideaTo', message: 'must be on or after ideaFrom (2029-03-01)' },
      { path: 'body.councilDate', message: 'must be on or after evaluationTo (2029-10-15)' },
    ]);
    const bad = await body<Problem>(await c.officer!.post('/api/v1/rounds', { ...full, name: 'x', ideaFrom: '2029-02-30', year: 1999 }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.ideaFrom', 'body.name', 'body.year']);
    expect((await body<{ total: number }>(await c.officer!.get('/api/v1/rounds?year=2029'), 200)).total).toBe(2);
  });

  it('checks an update against the stored dates and records it in the audit log', async () => {
    const p = await body<Problem>(await c.officer!.patch(`/api/v1/rounds/${id}`, { planDeadline: '2029-04-01' }), 422);
    expect(p.errors?.map((e) => e.path)).toEqual(['body.planDeadline']);
    const ok = await body<Round>(await c.officer!.patch(`/api/v1/rounds/${id}`, { planDeadline: '2029-07-15', councilDate: null }), 200);
    expect(ok).toMatchObject({ planDeadline: '2029-07-15', councilDate: null, ideaFrom: '2029-03-01' });
    const audit = await body<{ items: { action: string; before: Record<string, unknown>; after: Record<string, unknown> }[] }>(
      await c.admin!.get(`/api/v1/audit?entity=round&entityId=${id}`), 200);
    expect(audit.items.map((a) => a.action)).toEqual(['round.update', 'round.create']);
    expect(audit.items[0]).toMatchObject({ before: { planDeadline: '2029-06-30' }, after: { planDeadline: '2029-07-15' } });
  });

  it('refuses a second round with the same name in the same year', async () => {
    const p = await body<Problem>(await c.officer!.post('/api/v1/rounds', full), 409);
    expect(p.errors?.map((e) => e.path)).toEqual(['body.name']);
    expect((await c.officer!.post('/api/v1/rounds', { ...full, year: 2030, ideaFrom: '2029-03-01' })).status).toBe(201);
  });

  it("tells which step of the cycle a round is in today", async () => {
    const open = await body<Round>(await c.officer!.post('/api/v1/rounds', { name: 'Đợt đang nhận ý tưởng', year: Number(vnDay().slice(0, 4)), ideaFrom: vnDay(-1), ideaTo: vnDay(1), planDeadline: vnDay(30) }), 201);
    expect(open.step).toBe('idea_intake');
    const later = await body<Round>(await c.officer!.post('/api/v1/rounds', { name: 'Đợt sắp tới', year: Number(vnDay().slice(0, 4)), ideaFrom: vnDay(10), ideaTo: vnDay(20), planDeadline: vnDay(30) }), 201);
    expect(later.step).toBe('upcoming');
  });
});
