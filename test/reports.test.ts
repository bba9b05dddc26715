import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// Producers' yearly reports through the real HTTP API on both engines: the form, validation as
// problem+json with field paths, draft → filed → audited correction, scoping (producer, commune,
// council), the missing list and reminders, and the programme's funding and targets.

type Problem = { status: number; errors?: { path: string; message: string }[] };
type Form = { producer: { id: number; name: string }; year: number; currentYear: number; report: Report | null; products: { id: number; name: string; star: number | null }[] };
type Report = { id: number; producerId: number; year: number; status: string; filedAt: string | null; revenueVnd: number; employeesTotal: number; lines: { productId: number; revenueVnd: number }[] };
type Missing = { year: number; expected: number; filed: number; missing: { producerId: number; producerName: string; unit: { id: string; name: string }; reportStatus: string | null }[] };
type Page<T> = { items: T[]; total: number };
type Summary = { id: number; producerId: number; unit: { id: string }; status: string };

let srv: TestServer;
let officer: Client;
let commune: Client;
let producer: Client;
let producer2: Client;
let council: Client;
let form: Form;

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  commune = await clientFor(srv.url, ctx, 'commune');
  producer = await clientFor(srv.url, ctx, 'producer');
  producer2 = await clientFor(srv.url, ctx, 'producer2');
  council = await clientFor(srv.url, ctx, 'council1');
  form = (await producer.json<Form>('GET', '/api/v1/reports/form')).body;
});
afterAll(async () => srv.close());

function body(over: Record<string, unknown> = {}) {
  const first = form.products[0];
  if (first === undefined) throw new Error('the demo producer has no products');
  return {
    year: form.year, employeesTotal: 23, employeesWomen: 13, employeesEthnicMinority: 9, newJobs: 3, newJobsWomen: 2, newJobsEthnicMinority: 1,
    averageMonthlyIncomeVnd: 6_800_000, salesChannels: [{ kind: 'shop', name: 'Cửa hàng Bình Minh' }], ecommerceListings: [{ platform: 'Shopee', url: 'https://shop.example.com/binh-minh' }],
    lines: [{ productId: first.id, revenueVnd: 2_400_000_000, outputQuantity: 10_000, outputUnit: 'con' }], ...over,
  };
}

describe('the report form and the missing list', () => {
  it('gives the producer its products and no report yet for this year', () => {
    expect(form.report).toBeNull();
    expect(form.year).toBe(form.currentYear);
    expect(form.products.length).toBeGreaterThan(0);
  });

  it('lists the demo producer as missing, with its unit; filed + missing = expected', async () => {
    const res = await officer.json<Missing>('GET', `/api/v1/reports/missing?year=${form.year}`);
    expect(res.status).toBe(200);
    const me = res.body.missing.find((m) => m.producerId === form.producer.id);
    expect(me).toMatchObject({ unit: { id: 'new-06862', name: 'Xã Tiên Yên' }, reportStatus: null });
    expect(res.body.filed + res.body.missing.length).toBe(res.body.expected);
    expect(res.body.filed).toBeGreaterThan(0);
  });

  it('limits the commune officer to its units and refuses producers and council members', async () => {
    const all = await officer.json<Missing>('GET', `/api/v1/reports/missing?year=${form.year}`);
    const mine = await commune.json<Missing>('GET', `/api/v1/reports/missing?year=${form.year}`);
    expect(mine.body.missing.length).toBeGreaterThan(0);
    expect(mine.body.missing.length).toBeLessThan(all.body.missing.length);
    expect(mine.body.missing.some((m) => m.producerId === form.producer.id)).toBe(true);
    expect((await producer.json('GET', '/api/v1/reports/missing')).status).toBe(403);
    expect((await council.json('GET', '/api/v1/reports')).status).toBe(403);
  });

  it('sends in-app reminders to members of producers that have not filed', async () => {
    expect((await producer.json('POST', '/api/v1/reports/reminders', { year: form.year })).status).toBe(403);
    const res = await commune.json<{ producers: number; notifications: number }>('POST', '/api/v1/reports/reminders', { year: form.year });
    expect(res.status).toBe(200);
    expect(res.body.producers).toBeGreaterThan(0);
    expect(res.body.notifications).toBeGreaterThanOrEqual(1);
    const inbox = await producer.json<{ items: { kind: string; title: { vi: string }; link: string }[] }>('GET', '/api/v1/notifications');
    const reminder = inbox.body.items.find((n) => n.kind === 'report.reminder');
    expect(reminder?.title.vi).toContain(String(form.year));
    expect(reminder?.link).toBe(`/portal/reports/form?year=${form.year}`);
  });
});

describe('filing and validation', () => {
  it('answers problem+json with the offending field paths', async () => {
    const other = (await producer2.json<Form>('GET', '/api/v1/reports/form')).body.products[0];
    const res = await producer.req('PUT', '/api/v1/reports', body({
      employeesWomen: 40, newJobs: 30,
      lines: [{ productId: form.products[0]?.id, revenueVnd: -1, outputQuantity: 1, outputUnit: 'kg' }, { productId: other?.id, revenueVnd: 1, outputQuantity: 1, outputUnit: 'kg' }],
    }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['body.employeesWomen', 'body.lines.0.revenueVnd', 'body.lines.1.productId', 'body.newJobs']);
    const future = await producer.json<Problem>('PUT', '/api/v1/reports', body({ year: form.currentYear + 1 }));
    expect(future.status).toBe(422);
    expect(future.body.errors?.[0]?.path).toBe('body.year');
    const typed = await producer.json<Problem>('PUT', '/api/v1/reports', body({ employeesTotal: 'many' }));
    expect(typed.status).toBe(400);
    expect(typed.body.errors?.[0]?.path).toBe('body.employeesTotal');
  });

  it('saves a draft, files it, and the producer leaves the missing list', async () => {
    const draft = await producer.json<Report>('PUT', '/api/v1/reports', body());
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', filedAt: null, revenueVnd: 2_400_000_000 });
    const filed = await producer.json<Report>('PUT', '/api/v1/reports', body({ status: 'filed' }));
    expect(filed.body).toMatchObject({ id: draft.body.id, status: 'filed' });
    expect(filed.body.filedAt).not.toBeNull();
    const missing = await officer.json<Missing>('GET', `/api/v1/reports/missing?year=${form.year}`);
    expect(missing.body.missing.some((m) => m.producerId === form.producer.id)).toBe(false);
    const seen = await officer.json<Report>('GET', `/api/v1/reports/${filed.body.id}`);
    expect(seen.body.lines).toHaveLength(1);
  });

  it('keeps a filed report filed and audits a correction with before and after', async () => {
    const res = await producer.json<Report>('PUT', '/api/v1/reports', body({ status: 'draft', employeesTotal: 25 }));
    expect(res.body).toMatchObject({ status: 'filed', employeesTotal: 25 });
    const ctx = srv.server.runtime.ctx;
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'producer_report').where('entity_id', '=', String(res.body.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['report.create', 'report.file', 'report.correct']);
    const correction = audit[2];
    expect(JSON.parse(correction?.before_json ?? '{}')).toMatchObject({ employeesTotal: 23, status: 'filed' });
    expect(JSON.parse(correction?.after_json ?? '{}')).toMatchObject({ employeesTotal: 25 });
    expect(correction?.actor_username).toBe('producer');
  });
});

describe('scoping', () => {
  it('producer B can neither read nor change producer A\'s report', async () => {
    const mine = (await producer.json<Form>('GET', '/api/v1/reports/form')).body.report;
    expect(mine).not.toBeNull();
    expect((await producer2.json('GET', `/api/v1/reports/${mine?.id}`)).status).toBe(404);
    expect((await producer2.json('GET', `/api/v1/reports/form?producerId=${form.producer.id}`)).status).toBe(404);
    expect((await producer2.json('PUT', '/api/v1/reports', body({ producerId: form.producer.id }))).status).toBe(404);
    const list = await producer2.json<Page<Summary>>('GET', '/api/v1/reports?pageSize=200');
    expect(list.body.items.every((r) => r.producerId !== form.producer.id)).toBe(true);
    expect(list.body.total).toBeGreaterThan(0);
  });

  it('the commune officer reads only its units\' reports and writes none', async () => {
    const all = await officer.json<Page<Summary>>('GET', `/api/v1/reports?year=${form.year - 1}&pageSize=200`);
    const mine = await commune.json<Page<Summary>>('GET', `/api/v1/reports?year=${form.year - 1}&pageSize=200`);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.total).toBeLessThan(all.body.total);
    const mineIds = new Set(mine.body.items.map((r) => r.id));
    const outside = all.body.items.find((r) => !mineIds.has(r.id));
    expect((await commune.json('GET', `/api/v1/reports/${outside?.id}`)).status).toBe(404);
    expect((await commune.json('GET', `/api/v1/reports/${mine.body.items[0]?.id}`)).status).toBe(200);
    expect((await commune.json('PUT', '/api/v1/reports', body({ producerId: form.producer.id }))).status).toBe(403);
  });
});

describe('programme funding and targets', () => {
  it('province staff record funding; the budget share is provincial budget over the total', async () => {
    const year = 2019;
    expect((await officer.json('POST', '/api/v1/programme/funding', { year, source: 'provincial_budget', amountVnd: 15_800_000_000 })).status).toBe(201);
    expect((await officer.json('POST', '/api/v1/programme/funding', { year, source: 'social_private', amountVnd: 84_200_000_000 })).status).toBe(201);
    expect((await commune.json('POST', '/api/v1/programme/funding', { year, source: 'credit', amountVnd: 1 })).status).toBe(403);
    const list = await commune.json<{ years: { year: number; totalVnd: number; provincialBudgetShare: number }[] }>('GET', `/api/v1/programme/funding?year=${year}`);
    expect(list.body.years).toEqual([{ year, totalVnd: 100_000_000_000, provincialBudgetVnd: 15_800_000_000, provincialBudgetShare: 0.158 }]);
    const demo = await officer.json<{ years: { provincialBudgetShare: number }[] }>('GET', '/api/v1/programme/funding');
    expect(demo.body.years.length).toBeGreaterThanOrEqual(3);
    expect((await producer.json('GET', '/api/v1/programme/funding')).status).toBe(403);
  });

  it('one target per year, metric and unit', async () => {
    const created = await officer.json<{ id: number }>('POST', '/api/v1/programme/targets', { year: 2028, metric: 'products_5_star', value: 15 });
    expect(created.status).toBe(201);
    expect((await officer.json('POST', '/api/v1/programme/targets', { year: 2028, metric: 'products_5_star', value: 16 })).status).toBe(409);
    const changed = await officer.json<{ value: number }>('PATCH', `/api/v1/programme/targets/${created.body.id}`, { value: 16 });
    expect(changed.body.value).toBe(16);
    const list = await commune.json<{ items: { metric: string; year: number }[] }>('GET', '/api/v1/programme/targets?year=2027');
    expect(list.body.items.map((t) => t.metric)).toContain('products_4_star');
    expect((await officer.req('DELETE', `/api/v1/programme/targets/${created.body.id}`)).status).toBe(204);
  });
});
