import ExcelJS from 'exceljs';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillScanRollups } from '../src/db/migrations/0010-dashboard-rollups.js';
import { TABLE_KEYS, dashboardTable } from '../src/domain/dashboard/tables.js';
import { SYSTEM_ACTOR } from '../src/domain/roles.js';
import { vietnamDay } from '../src/domain/scoring/library.js';
import { exportDashboardTable } from '../src/services/dashboard/export-dashboard-table.js';
import { getDashboard } from '../src/services/dashboard/get-dashboard.js';
import { tableCsv } from '../src/services/dashboard/table-files.js';
import type { ServiceContext } from '../src/services/context.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { addProgrammeFigures, flushDemoScans, rawScansByProductDay, rollupByProductDay } from './dashboard-fixtures.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The dashboard against the records: every figure checked here is computed a second time by the
// test with its own SQL over the raw tables (certificates, producers, units, stamps, scans).

type Stars = { s3: number; s4: number; s5: number; total: number };
type View = {
  meta: { year: number; asOf: string; unitId: string | null };
  products: { total: Stars; producers: number; byUnit: (Stars & { unitId: string; producers: number })[]; byProducerType: (Stars & { producerType: string; producers: number })[]; cube: { products: number }[] };
  rounds: { year: number; new: number; recertified: number; upgraded: number; expired: number; revoked: number }[];
  expiring: { total: number };
  stamps: { certified: number; stamped: number; scansYear: number; months: { month: string; scans: number }[] };
  economy: { totals: { reports: number; revenue: number; employees: number } };
  funding: { total: number; provincialSharePercent: number };
  targets: { metric: string; actual: number; target: number }[];
};

let srv: TestServer;
let ctx: ServiceContext;
let officer: Client;
let commune: Client;
let today: string;
let year: number;

const LIVE = `c.issued_on <= ? and c.expires_on >= ? and (c.revoked_on is null or c.revoked_on > ?) and (c.superseded_on is null or c.superseded_on > ?)`;

/** Live products per (unit bucket, star), bucket computed in SQL: the new commune or the old district. */
async function sqlLiveByBucket(level: 'old' | 'new'): Promise<Map<string, Stars>> {
  const newOf = `coalesce((select s.to_id from unit_succession s join unit t on t.id = s.to_id where s.from_id = pr.unit_id and t.valid_to is null order by s.partial, s.to_id limit 1), pr.unit_id)`;
  const districtOfOld = (u: string) => `coalesce((select s.to_id from unit_succession s join unit t on t.id = s.to_id and t.level = 'district' where s.from_id = ${u}), ${u})`;
  const oldOf = `case when u.valid_to is not null then ${districtOfOld('u.parent_id')} else coalesce((
      select ${districtOfOld('o.parent_id')} from unit_succession s join unit o on o.id = s.from_id
      where s.to_id = u.id and o.valid_to is not null and o.level = 'commune' group by o.parent_id order by count(*) desc, o.parent_id limit 1), u.id) end`;
  const bucket = level === 'new' ? newOf : oldOf;
  const text = `select ${bucket} as bucket, c.star, count(distinct c.product_id) as n
    from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id join unit u on u.id = pr.unit_id
    where ${LIVE.replaceAll('?', `'${today}'`)} group by 1, 2`;
  const rows = await sql<{ bucket: string; star: number; n: number | string }>`${sql.raw(text)}`.execute(ctx.db);
  const out = new Map<string, Stars>();
  for (const r of rows.rows) {
    const s = out.get(r.bucket) ?? { s3: 0, s4: 0, s5: 0, total: 0 };
    const n = Number(r.n);
    out.set(r.bucket, { s3: s.s3 + (Number(r.star) === 3 ? n : 0), s4: s.s4 + (Number(r.star) === 4 ? n : 0), s5: s.s5 + (Number(r.star) === 5 ? n : 0), total: s.total + n });
  }
  return out;
}

async function view(client: Client, query = ''): Promise<View> {
  const res = await client.json<View>('GET', `/api/v1/dashboard${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

beforeAll(async () => {
  srv = await startTestServer();
  ctx = srv.server.runtime.ctx;
  today = vietnamDay(new Date());
  year = Number(today.slice(0, 4));
  await addProgrammeFigures(ctx, year);
  [officer, commune] = await Promise.all([clientFor(srv.url, ctx, 'officer'), clientFor(srv.url, ctx, 'commune')]);
}, 120_000);
afterAll(async () => srv.close());

describe('dashboard figures equal direct SQL over the records', () => {
  it('per new commune and per old district, and in total', async () => {
    for (const level of ['new', 'old'] as const) {
      const v = await view(officer, `?unitLevel=${level}`);
      const expected = await sqlLiveByBucket(level);
      const got = new Map(v.products.byUnit.map((r) => [r.unitId, { s3: r.s3, s4: r.s4, s5: r.s5, total: r.total }]));
      expect(got, level).toEqual(expected);
      const total = [...expected.values()].reduce((a, b) => ({ s3: a.s3 + b.s3, s4: a.s4 + b.s4, s5: a.s5 + b.s5, total: a.total + b.total }));
      expect(v.products.total).toEqual(total);
      expect(v.products.cube.reduce((s, c) => s + c.products, 0)).toBe(total.total);
    }
  });

  it('producers by type, rounds, expiring certificates and stamp coverage', async () => {
    const v = await view(officer, `?expiringDays=180`);
    const t = `'${today}'`;
    const producers = await sql<{ type: string; n: number | string }>`${sql.raw(`select pr.type, count(distinct pr.id) as n from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id where ${LIVE.replaceAll('?', t)} group by pr.type`)}`.execute(ctx.db);
    expect(Object.fromEntries(v.products.byProducerType.map((r) => [r.producerType, r.producers]))).toEqual(Object.fromEntries(producers.rows.map((r) => [r.type, Number(r.n)])));
    expect(v.products.producers).toBe(producers.rows.reduce((s, r) => s + Number(r.n), 0));

    const issued = await sql<{ y: string; n: number | string }>`select substr(cast(issued_on as text), 1, 4) as y, count(*) as n from certificate group by 1`.execute(ctx.db);
    for (const r of v.rounds) {
      const n = Number(issued.rows.find((x) => Number(x.y) === r.year)?.n ?? 0);
      expect(r.new + r.recertified + r.upgraded, String(r.year)).toBe(n);
    }
    const revoked = await sql<{ n: number | string }>`select count(*) as n from certificate where revoked_on is not null and substr(cast(revoked_on as text), 1, 4) = ${String(year)}`.execute(ctx.db);
    expect(v.rounds.find((r) => r.year === year)?.revoked).toBe(Number(revoked.rows[0]?.n));

    const until = new Date(Date.parse(`${today}T00:00:00Z`) + 180 * 86_400_000).toISOString().slice(0, 10);
    const expiring = await sql<{ n: number | string }>`${sql.raw(`select count(*) as n from certificate c where ${LIVE.replaceAll('?', t)} and c.expires_on <= '${until}'`)}`.execute(ctx.db);
    expect(v.expiring.total).toBe(Number(expiring.rows[0]?.n));
    expect(v.expiring.total).toBeGreaterThan(0);

    const stamped = await sql<{ n: number | string }>`${sql.raw(`select count(distinct c.product_id) as n from certificate c join stamp_batch b on b.product_id = c.product_id and b.status = 'issued' join stamp s on s.batch_id = b.id and s.status = 'active' where ${LIVE.replaceAll('?', t)}`)}`.execute(ctx.db);
    expect(v.stamps.stamped).toBe(Number(stamped.rows[0]?.n));
    expect(v.stamps.certified).toBe(v.products.total.total);
  });

  it('economy, funding and targets from the filed reports and the office figures', async () => {
    const v = await view(officer);
    const filed = await sql<{ n: number | string; e: number | string }>`select count(*) as n, sum(employees_total) as e from producer_report where status = 'filed' and year = ${year}`.execute(ctx.db);
    expect(v.economy.totals.reports).toBe(Number(filed.rows[0]?.n));
    expect(v.economy.totals.employees).toBe(Number(filed.rows[0]?.e));
    const revenue = await sql<{ n: number | string }>`select sum(l.revenue_vnd) as n from producer_report_line l join producer_report r on r.id = l.report_id where r.status = 'filed' and r.year = ${year}`.execute(ctx.db);
    expect(v.economy.totals.revenue).toBe(Number(revenue.rows[0]?.n));
    expect(v.economy.totals.revenue).toBeGreaterThanOrEqual(15_000_000_000);
    expect(v.funding.total).toBeGreaterThanOrEqual(500_000_000_000);
    expect(v.targets.find((x) => x.metric === 'products_5_star')).toMatchObject({ target: 12, actual: v.products.total.s5 });
  });
});

describe('scoping', () => {
  it('a commune officer sees only its commune; other units and producers are refused', async () => {
    const mine = await view(commune);
    const scope = await sql<{ id: string }>`with recursive scope(id) as (select 'new-06862' union select x.id from scope join (select from_id as id, to_id as up from unit_succession union all select id, parent_id as up from unit where parent_id is not null) x on x.up = scope.id) select id from scope`.execute(ctx.db);
    const ids = scope.rows.map((r) => `'${r.id}'`).join(',');
    const n = await sql<{ n: number | string }>`${sql.raw(`select count(distinct c.product_id) as n from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id where ${LIVE.replaceAll('?', `'${today}'`)} and pr.unit_id in (${ids})`)}`.execute(ctx.db);
    expect(mine.meta.unitId).toBe('new-06862');
    expect(mine.products.total.total).toBe(Number(n.rows[0]?.n));
    expect(mine.products.total.total).toBeGreaterThan(0);
    expect(mine.products.byUnit.map((r) => r.unitId)).toEqual(['new-06862']);
    expect((await commune.json('GET', '/api/v1/dashboard?unit=new-06970')).status).toBe(403);
    const producer = await clientFor(srv.url, ctx, 'producer');
    expect((await producer.json('GET', '/api/v1/dashboard')).status).toBe(403);
    expect((await producer.req('GET', '/api/v1/dashboard/products-by-unit.csv')).status).toBe(403);
    const council = await clientFor(srv.url, ctx, 'council1');
    expect((await council.json('GET', '/api/v1/dashboard')).status).toBe(403);
    const picked = await view(officer, '?unit=new-06862');
    expect(picked.products.total).toEqual(mine.products.total);
  });
});

describe('downloads', () => {
  it('CSV and XLSX hold the same rows as the JSON', async () => {
    const v = await view(officer);
    const csv = await officer.req('GET', '/api/v1/dashboard/products-by-unit.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Đơn vị,3 sao,4 sao,5 sao,Tổng,Chủ thể');
    expect(lines.length - 2).toBe(v.products.byUnit.length);
    expect(lines.at(-1)).toBe(`Tổng,${v.products.total.s3},${v.products.total.s4},${v.products.total.s5},${v.products.total.total},${v.products.producers}`);
    const first = v.products.byUnit[0];
    expect(lines[1]?.split(',').slice(-5).map(Number)).toEqual([first?.s3, first?.s4, first?.s5, first?.total, first?.producers]);

    const xlsx = await officer.req('GET', '/api/v1/dashboard/products-by-star.xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0];
    const values: unknown[][] = [];
    ws?.eachRow((row) => values.push(row.values instanceof Array ? row.values.slice(1) : []));
    expect(values).toContainEqual(['Tổng', v.products.total.total]);
    expect(values).toContainEqual(['5 sao', v.products.total.s5]);
    expect((await officer.req('GET', '/api/v1/dashboard/nonsense.csv')).status).toBe(400);
  });

  it('each table, computed from its own sections only, equals the table of the whole view', async () => {
    for (const query of [{ year }, { year, unit: 'new-06862', unitLevel: 'old' as const }]) {
      const whole = await getDashboard(ctx, { actor: SYSTEM_ACTOR, query });
      for (const key of TABLE_KEYS) {
        const file = await exportDashboardTable(ctx, { actor: SYSTEM_ACTOR, query, key, format: 'csv' });
        expect(file.body.toString('utf8'), key).toBe(tableCsv(dashboardTable(whole, key)));
      }
    }
  });
});

describe('scan rollup', () => {
  it('equals the raw scan log after a flush, and feeds the scans chart', async () => {
    const flushed = await flushDemoScans(ctx, year);
    expect(flushed).toBeGreaterThan(0);
    const raw = await rawScansByProductDay(ctx);
    expect(await rollupByProductDay(ctx)).toEqual(raw);
    const monthly = await sql<{ n: number | string }>`select sum(scans) as n from scan_monthly`.execute(ctx.db);
    expect(Number(monthly.rows[0]?.n)).toBe([...raw.values()].reduce((a, b) => a + b, 0));
    const v = await view(officer);
    const inYear = [...raw].filter(([k]) => k.split('|')[1]?.startsWith(String(year))).reduce((s, [, n]) => s + n, 0);
    expect(v.stamps.scansYear).toBe(inYear);
  });

  it('is rebuilt from the scan log by the migration’s backfill', async () => {
    const before = await rollupByProductDay(ctx);
    await ctx.db.deleteFrom('scan_monthly').execute();
    await ctx.db.deleteFrom('scan_daily').execute();
    await backfillScanRollups(ctx.db as unknown as Kysely<unknown>, ctx.engine);
    expect(await rollupByProductDay(ctx)).toEqual(before);
    const pins = await sql<{ n: number | string }>`select sum(pin_failures) as n from scan_monthly`.execute(ctx.db);
    const wrong = await sql<{ n: number | string }>`select count(*) as n from scan where outcome = 'pin-wrong' and stamp_id is not null`.execute(ctx.db);
    expect(Number(pins.rows[0]?.n)).toBe(Number(wrong.rows[0]?.n));
  });
});
