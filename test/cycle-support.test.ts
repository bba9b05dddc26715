import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProducers, type Problem, body, demoProducers, loginAll } from './cycle-fixtures.js';
import { type ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Support activities and the money they mobilised, over the real HTTP API on both engines.

type Summary = {
  year: number; total: number; budget: number; budgetShare: number; budgetSharePercent: number; activities: number;
  bySource: { source: string; amount: number; count: number; share: number }[];
};
type Support = { id: number; producerId: number; costVnd: number; fundingSource: string; date: string };

let srv: TestServer;
let c: Record<string, ApiClient>;
let ids: DemoProducers;
let tienYen: number;
let phongDu: number;
let baChe: number;
const recorded: Record<string, number> = {};

const activity = (producerId: number, date: string, costVnd: number, fundingSource: string, kind = 'training') => ({
  producerId, kind, date, costVnd, fundingSource, description: `Hỗ trợ ${kind} (${fundingSource})`,
});

beforeAll(async () => {
  srv = await startTestServer();
  c = await loginAll(srv.url, ['officer', 'admin', 'commune', 'producer', 'producer2', 'council1']);
  ids = await demoProducers(srv);
  tienYen = ids.tienYen!;
  phongDu = ids.phongDu!;
  baChe = ids.baChe!;
  const rows: [string, string, ReturnType<typeof activity>][] = [
    ['tyProvincial', 'officer', activity(tienYen, '2034-03-15', 200_000_000, 'provincial_budget', 'equipment')],
    ['tyCentral', 'officer', activity(tienYen, '2034-05-02', 30_000_000, 'central_budget', 'training')],
    ['tyCredit', 'commune', activity(tienYen, '2034-06-20', 150_000_000, 'credit', 'credit')],
    ['pdDistrict', 'commune', activity(phongDu, '2034-12-31', 45_000_000, 'district_commune_budget', 'consulting')],
    ['bcPrivate', 'officer', activity(baChe, '2034-01-01', 120_000_000, 'social_private', 'promotion')],
    ['bcProvincial', 'officer', activity(baChe, '2034-07-07', 55_000_000, 'provincial_budget', 'training')],
    ['tyEarlier', 'officer', activity(tienYen, '2033-12-31', 999_000_000, 'provincial_budget', 'equipment')],
    ['tyLater', 'officer', activity(tienYen, '2035-01-01', 777_000_000, 'credit', 'credit')],
  ];
  for (const [key, who, input] of rows) recorded[key] = (await body<Support>(await c[who]!.post('/api/v1/support', input), 201)).id;
});
afterAll(async () => srv?.close());

const summary = async (who: string, query = 'year=2034') => body<Summary>(await c[who]!.get(`/api/v1/support/summary?${query}`), 200);
const amounts = (s: Summary) => Object.fromEntries(s.bySource.map((r) => [r.source, r.amount]));

// Years far from today, so demo data seeded for the current cycle cannot change the sums.
describe('GET /support/summary', () => {
  it('sums the whole province for province staff (hand-computed)', async () => {
    // 2034: 200 + 30 + 150 + 45 + 120 + 55 = 600 million; budget 200 + 30 + 45 + 55 = 330 million → 55 %.
    const s = await summary('officer');
    expect(s).toMatchObject({ year: 2034, total: 600_000_000, budget: 330_000_000, budgetSharePercent: 55, activities: 6 });
    expect(s.budgetShare).toBeCloseTo(0.55, 10);
    expect(amounts(s)).toEqual({
      provincial_budget: 255_000_000, district_commune_budget: 45_000_000, central_budget: 30_000_000, credit: 150_000_000, social_private: 120_000_000,
    });
    expect(s.bySource.find((r) => r.source === 'provincial_budget')).toMatchObject({ count: 2, share: 0.425 });
    for (const r of s.bySource) expect(typeof r.amount).toBe('number');
  });

  it("limits a commune officer to their commune's producers, including those under a pre-2025 unit", async () => {
    // Tiên Yên 200 + 30 + 150 and Phong Dụ 45 = 425 million; budget 275 million → 64.705…% → 64.71.
    const s = await summary('commune');
    expect(s).toMatchObject({ total: 425_000_000, budget: 275_000_000, budgetSharePercent: 64.71, activities: 4 });
  });

  it('limits producers to their own support', async () => {
    expect(await summary('producer')).toMatchObject({ total: 380_000_000, budget: 230_000_000, budgetSharePercent: 60.53 });
    expect(await summary('producer2')).toMatchObject({ total: 175_000_000, budget: 55_000_000, budgetSharePercent: 31.43 });
    // Asking for another producer through the filter does not widen the scope.
    expect(await summary('producer2', `year=2034&producerId=${tienYen}`)).toMatchObject({ total: 0, activities: 0 });
  });

  it('answers zeros for a year without support, and the year boundaries are exact', async () => {
    expect(await summary('officer', 'year=2040')).toMatchObject({ total: 0, budget: 0, budgetShare: 0, budgetSharePercent: 0, activities: 0 });
    expect(await summary('officer', 'year=2033')).toMatchObject({ total: 999_000_000, budgetSharePercent: 100 });
    expect(await summary('officer', 'year=2035')).toMatchObject({ total: 777_000_000, budgetSharePercent: 0 });
  });

  it('needs a valid year and refuses council members', async () => {
    const p = await body<Problem>(await c.officer!.get('/api/v1/support/summary'), 400);
    expect(p.errors?.map((e) => e.path)).toEqual(['querystring.year']);
    expect((await c.officer!.get('/api/v1/support/summary?year=abc')).status).toBe(400);
    expect((await c.council1!.get('/api/v1/support/summary?year=2034')).status).toBe(403);
  });
});

describe('recording and reading support', () => {
  it('lets the commune officer record only for producers in their commune, and producers not at all', async () => {
    const p = await body<Problem>(await c.commune!.post('/api/v1/support', activity(baChe, '2034-02-02', 1_000_000, 'credit')), 422);
    expect(p.errors?.map((e) => e.path)).toEqual(['body.producerId']);
    expect((await c.producer!.post('/api/v1/support', activity(tienYen, '2034-02-02', 1_000_000, 'credit'))).status).toBe(403);
    expect((await c.council1!.post('/api/v1/support', activity(tienYen, '2034-02-02', 1_000_000, 'credit'))).status).toBe(403);
    expect((await summary('officer')).total).toBe(600_000_000);
  });

  it("keeps each producer's support records from other producers and other communes", async () => {
    expect((await c.producer2!.get(`/api/v1/support/${recorded.tyProvincial}`)).status).toBe(404);
    expect((await c.commune!.get(`/api/v1/support/${recorded.bcPrivate}`)).status).toBe(404);
    expect((await c.commune!.patch(`/api/v1/support/${recorded.bcPrivate}`, { costVnd: 1 })).status).toBe(404);
    expect((await c.producer!.get(`/api/v1/support/${recorded.tyProvincial}`)).status).toBe(200);
    const mine = await body<{ items: Support[]; total: number }>(await c.producer!.get('/api/v1/support?year=2034'), 200);
    expect(mine.total).toBe(3);
    expect(mine.items.every((s) => s.producerId === tienYen)).toBe(true);
    expect((await c.council1!.get('/api/v1/support')).status).toBe(403);
    const bySource = await body<{ total: number }>(await c.officer!.get('/api/v1/support?source=provincial_budget&year=2034'), 200);
    expect(bySource.total).toBe(2);
  });

  it('lets corrections change the totals and keeps the old values in the audit log', async () => {
    const before = await summary('officer');
    const updated = await body<Support>(await c.commune!.patch(`/api/v1/support/${recorded.tyCredit}`, { costVnd: 160_000_000 }), 200);
    expect(updated.costVnd).toBe(160_000_000);
    expect((await summary('officer')).total).toBe(before.total + 10_000_000);
    expect((await c.producer!.patch(`/api/v1/support/${recorded.tyCredit}`, { costVnd: 1 })).status).toBe(403);
    const audit = await body<{ items: { action: string; before: { costVnd: number }; after: { costVnd: number } }[] }>(
      await c.admin!.get(`/api/v1/audit?entity=support_activity&entityId=${recorded.tyCredit}`), 200);
    expect(audit.items[0]).toMatchObject({ action: 'support.update', before: { costVnd: 150_000_000 }, after: { costVnd: 160_000_000 } });
    await body(await c.commune!.patch(`/api/v1/support/${recorded.tyCredit}`, { costVnd: 150_000_000 }), 200);
  });

  it('refuses bad input with field paths and stores nothing', async () => {
    const res = await c.officer!.post('/api/v1/support', { ...activity(tienYen, '2034-13-01', -5, 'lottery'), kind: 'gift' });
    const p = await body<Problem>(res, 400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['body.costVnd', 'body.date', 'body.fundingSource', 'body.kind']);
    const unknownRound = await body<Problem>(await c.officer!.post('/api/v1/support', { ...activity(tienYen, '2034-02-02', 1, 'credit'), roundId: 424242 }), 422);
    expect(unknownRound.errors?.map((e) => e.path)).toEqual(['body.roundId']);
    expect((await summary('officer')).activities).toBe(6);
  });
});
