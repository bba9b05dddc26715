import { z } from 'zod';
import { TABLE_KEYS } from '../../src/domain/dashboard/tables.js';
import type { Engine } from '../lib/args.js';
import { type Server, runJob, startServer } from '../lib/child.js';
import { type BenchDb, freshDb } from '../lib/engines.js';
import { freePort } from '../lib/ports.js';
import { type Row, notMeasured, progress } from '../lib/report.js';
import { median, round } from '../lib/stats.js';
import { catalogueFigure, epcisFigure } from './catalogue-epcis.js';
import { type Latency, timedGets } from './latency.js';

// The figures over the national-scale set (20,000 products, 10,000 producers, 20 million scans
// from `ocop seed --scale national`): every dashboard request, catalogue search and EPCIS capture,
// against the real server pinned to core 0, requests sent one at a time.

const Prepared = z.object({ token: z.string(), unitId: z.string(), generator: z.object({ seconds: z.number(), scans: z.number(), stamps: z.number(), rollups: z.boolean() }) });
export type NationalOptions = { scans: number; seed: number; requests: number; seconds: number; rounds: number; epcisEvents: number };
export type Target = { url: string; auth: Record<string, string> };

const DASHBOARD_TARGET = 'p95 < 100 ms';

async function countBaseline(db: BenchDb): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    await db.count('scan');
    times.push(performance.now() - started);
  }
  return median(times);
}

function latencyRow(figure: string, engine: Engine, l: Latency, baselineMs: number, detail: string): Row {
  const failed = l.failures.length > 0;
  return {
    figure, engine, value: l.p95, unit: 'ms p95', baseline: baselineMs, ratio: l.p95 / baselineMs, target: DASHBOARD_TARGET, met: !failed && l.p95 < 100,
    detail: `${failed ? `FAILED: ${l.failures[0] ?? ''}; ` : ''}median ${round(l.median, 1)} ms over ${l.samples.length} requests; ${detail}`,
  };
}

async function dashboardRows(engine: Engine, t: Target, baselineMs: number, unitId: string, opts: NationalOptions, note: string): Promise<Row[]> {
  const probe = await fetch(`${t.url}/api/v1/dashboard`, { headers: t.auth });
  await probe.arrayBuffer();
  if (probe.status === 404) return [notMeasured('dashboard', engine, DASHBOARD_TARGET, 'GET /api/v1/dashboard does not exist yet')];
  const budget = { requests: opts.requests, seconds: opts.seconds };
  progress(`national/${engine}: dashboard`);
  const province = await timedGets(`${t.url}/api/v1/dashboard`, t.auth, budget);
  const commune = await timedGets(`${t.url}/api/v1/dashboard?unit=${encodeURIComponent(unitId)}`, t.auth, budget);
  const tables: { key: string; l: Latency }[] = [];
  progress(`  whole province p95 ${Math.round(province.p95)} ms, commune p95 ${Math.round(commune.p95)} ms`);
  for (const key of TABLE_KEYS) {
    const l = await timedGets(`${t.url}/api/v1/dashboard/${key}.csv`, t.auth, { requests: Math.min(opts.requests, 10), seconds: opts.seconds / 2, minimum: 2, warm: false });
    progress(`  ${key}.csv p95 ${Math.round(l.p95)} ms`);
    tables.push({ key, l });
  }
  const worst = tables.reduce((a, b) => (b.l.p95 > a.l.p95 ? b : a));
  const over = tables.filter((x) => x.l.p95 >= 100).map((x) => `${x.key} ${Math.round(x.l.p95)}`);
  const merged: Latency = { ...worst.l, failures: tables.flatMap((x) => x.l.failures) };
  return [
    latencyRow('dashboard', engine, province, baselineMs, `whole province; baseline SELECT count(*) FROM scan; ${note}`),
    latencyRow('dashboard-commune', engine, commune, baselineMs, `unit ${unitId}`),
    latencyRow('dashboard-tables', engine, merged, baselineMs, `worst of ${tables.length} CSV tables: ${worst.key}${over.length === 0 ? '' : `; ≥ 100 ms: ${over.join(', ')}`}`),
  ];
}

async function startApp(db: BenchDb): Promise<{ app: Server; url: string }> {
  const port = await freePort();
  const env = { ...db.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', OCOP_PUBLIC_URL: `http://127.0.0.1:${port}` };
  const app = await startServer('bin/ocop.js', ['serve', '--no-demo'], env, { core: 0 }, /listening on/);
  return { app, url: `http://127.0.0.1:${port}` };
}

export async function nationalFigures(engine: Engine, opts: NationalOptions, only: string | undefined): Promise<Row[]> {
  const db = await freshDb(engine);
  try {
    progress(`national/${engine}: generating the national-scale set (${opts.scans.toLocaleString('en-US')} scans, seed ${opts.seed})`);
    const prepared = Prepared.parse(await runJob('bench/national/prepare.ts', [String(opts.scans), String(opts.seed)], db.env));
    const g = prepared.generator;
    const note = `set generated in ${Math.round(g.seconds)} s (${g.stamps.toLocaleString('en-US')} codes, ${g.scans.toLocaleString('en-US')} scans, rollups ${g.rollups ? 'filled' : 'absent'})`;
    progress(`national/${engine}: ${note}`);
    const baselineMs = await countBaseline(db);
    const { app, url } = await startApp(db);
    try {
      const target: Target = { url, auth: { authorization: `Bearer ${prepared.token}` } };
      const rows: Row[] = [];
      const want = (f: string) => only === undefined || only === 'national' || only === f;
      if (want('dashboard')) rows.push(...(await dashboardRows(engine, target, baselineMs, prepared.unitId, opts, note)));
      if (want('catalogue-search')) rows.push(await catalogueFigure(engine, target, opts));
      if (want('epcis-capture')) rows.push(await epcisFigure(engine, target, opts));
      return rows;
    } finally {
      await app.stop();
    }
  } finally {
    await db.dispose();
  }
}
