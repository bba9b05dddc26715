import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../helpers/engine.js';
import { parsePrometheusText, sampleValue } from '../helpers/prometheus.js';
import { ApiClient } from '../helpers/server.js';
import {
  type PgCluster, type Proc, freePort, nginxConfig, ocopCli, prepareDir, startPrimary, startProcess, startReplica, stopCluster, stopProcess, waitFor,
} from './topology-cluster.js';

// A proven topology (issue #10): on loopback, a PostgreSQL primary and a streaming replica, two
// app instances (`ocop serve`) reading public pages from the replica, and nginx in front with
// deploy/nginx/ocop.conf. Verify, catalogue and portal traffic (logins and writes) goes through
// nginx while one instance is killed with SIGKILL. Shown: every write answered 2xx is in the
// database, the only failed requests are those in flight at the kill, and /healthz reports the
// replica's lag. Every process and folder is removed afterwards, also on failure.
// The topology is PostgreSQL streaming replication: it runs in the hard-postgres project only
// (it starts its own clusters; the engine's test database is not used).

const topology = testEngine() === 'postgres';

const PASSWORD = 'topology-demo-pw-1';
const LOAD_MS = 14_000;
const KILL_AFTER_MS = 6_000;

type Outcome = { kind: 'read' | 'write'; path: string; status: number; start: number; end: number; name?: string | undefined; detail?: string };

let dir: string;
let primary: PgCluster | undefined;
let replica: PgCluster | undefined;
const apps: Proc[] = [];
let nginx: Proc | undefined;
let base: string;
let appPorts: number[];

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'warn',
    DATABASE_URL: primary?.url, OCOP_SECRET: 'topology-secret-topology-secret-0123456789', OCOP_DEMO_PASSWORD: PASSWORD,
    OCOP_DATA_DIR: join(dir, 'data'), OCOP_PUBLIC_URL: base, ...extra,
  };
}

async function healthy(url: string): Promise<boolean> {
  return (await fetch(`${url}/healthz`)).ok;
}

beforeAll(async () => {
  if (!topology) return;
  dir = mkdtempSync(join(tmpdir(), 'ocop-topology-'));
  prepareDir(dir);
  const [p1, p2, a1, a2, web] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  appPorts = [a1, a2];
  base = `http://127.0.0.1:${web}`;
  primary = await startPrimary(dir, p1);
  replica = await startReplica(dir, primary, p2);
  await ocopCli(['migrate'], env());
  await ocopCli(['seed', '--demo'], env());
  for (const [i, port] of appPorts.entries()) {
    apps.push(startProcess(`app${i + 1}`, 'node', ['bin/ocop.js', 'serve', '--no-migrate', '--no-demo'], env({
      PORT: String(port), HOST: '127.0.0.1', DATABASE_REPLICA_URL: replica.url, OCOP_TRUST_PROXY: 'true', OCOP_MAX_LAG_MS: '0',
    })));
  }
  await Promise.all(apps.map((app, i) => waitFor(app.name, () => healthy(`http://127.0.0.1:${appPorts[i]}`), 60_000, app)));
  nginx = startProcess('nginx', '/usr/sbin/nginx', ['-c', nginxConfig(dir, web, appPorts), '-p', dir, '-e', join(dir, 'nginx-error.log')], env());
  await waitFor('nginx', () => healthy(base), 15_000, nginx);
}, 240_000);

afterAll(async () => {
  await stopProcess(nginx);
  await Promise.all(apps.map((a) => stopProcess(a)));
  await stopCluster(replica);
  await stopCluster(primary);
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function timed(kind: Outcome['kind'], path: string, call: () => Promise<Response>, name?: string): Promise<Outcome> {
  const start = Date.now();
  try {
    const res = await call();
    const body = await res.text();
    return { kind, path, status: res.status, start, end: Date.now(), name, ...(res.status >= 400 ? { detail: body.slice(0, 300) } : {}) };
  } catch {
    return { kind, path, status: 0, start, end: Date.now(), name };
  }
}

/** A different client address per worker (the app trusts nginx's X-Forwarded-For), so per-client limits do not apply across workers. */
const from = (n: number) => ({ 'x-forwarded-for': `10.20.${n}.7` });
/** Readers stand for many shoppers, not one client hammering the catalogue: the public pages' per-client rate limit (120 a minute) would answer 429 on a fast machine. */
const shopper = (n: number, i: number) => ({ 'x-forwarded-for': `10.30.${n}.${i % 250}` });

async function reader(n: number, serial: string, catalogue: boolean, until: number, out: Outcome[]): Promise<void> {
  const paths = [`/api/v1/public/verify/${serial}`, `/v/${serial}`, ...(catalogue ? ['/catalogue/'] : [])];
  for (let i = 0; Date.now() < until; i += 1) {
    const path = paths[i % paths.length] ?? '/healthz';
    out.push(await timed('read', path, () => fetch(`${base}${path}`, { headers: shopper(n, i) })));
  }
}

async function writer(n: number, until: number, out: Outcome[]): Promise<void> {
  const client = new ApiClient(base);
  const login = await client.request('POST', '/api/v1/auth/login', { username: 'officer', password: PASSWORD }, from(100 + n));
  if (!login.ok) throw new Error(`login ${login.status}`);
  client.csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  for (let i = 0; Date.now() < until; i += 1) {
    const name = `HTX Topology ${n}-${i}`;
    out.push(await timed('write', '/api/v1/producers', () => client.request('POST', '/api/v1/producers', { name, type: 'household', unitId: 'new-06862', registrationNo: `TOPO-${n}-${i}` }, from(100 + n)), name));
    out.push(await timed('read', '/api/v1/producers', () => client.request('GET', '/api/v1/producers?pageSize=5', undefined, from(100 + n))));
  }
}

async function scrape(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  const families = parsePrometheusText(await res.text());
  return families.get('ocop_http_requests_total')?.samples.reduce((sum, s) => sum + s.value, 0) ?? 0;
}

type Run = { out: Outcome[]; killAt: number; deadAt: number; served: number[]; catalogue: boolean };

/** Readers and writers through nginx for LOAD_MS; the first instance is killed with SIGKILL after KILL_AFTER_MS. */
async function loadWithKill(serial: string): Promise<Run> {
  const catalogue = (await fetch(`${base}/catalogue/`)).status === 200;
  const out: Outcome[] = [];
  const until = Date.now() + LOAD_MS;
  const load = Promise.all([1, 2, 3].map((n) => reader(n, serial, catalogue, until, out)).concat([1, 2, 3].map((n) => writer(n, until, out))));
  await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
  const served = await Promise.all(appPorts.map((p) => scrape(p)));
  const killed = apps[0];
  const killAt = Date.now();
  const exited = new Promise((resolve) => killed?.child.once('exit', resolve));
  killed?.child.kill('SIGKILL');
  await exited;
  const deadAt = Date.now();
  await load;
  return { out, killAt, deadAt, served, catalogue };
}

async function query<T extends pg.QueryResultRow>(url: string | undefined, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const TOPOLOGY_PRODUCERS = `select name from producer where name like 'HTX Topology %'`;

describe.skipIf(!topology)('two instances, a streaming replica and nginx (PostgreSQL only: skipped on SQLite)', () => {
  let run: Run;

  it('serve verify, catalogue and portal traffic through nginx while one instance is killed', async () => {
    const [stamp] = await query<{ serial: string }>(primary?.url, `select s.serial from stamp s join stamp_batch b on b.id = s.batch_id where b.status = 'issued' and s.status = 'active' order by s.id limit 1`);
    const serial = stamp?.serial ?? '';
    expect((await fetch(`${base}/api/v1/public/verify/${serial}`, { headers: from(1) })).status).toBe(200);
    run = await loadWithKill(serial);
    // Both instances served before the kill; the survivor carried the load after it.
    expect(run.served.every((n) => n > 0)).toBe(true);
    expect(run.out.filter((o) => o.start > run.deadAt).length).toBeGreaterThan(20);
  }, 60_000);

  it('fail no request except those in flight when the instance died', () => {
    const ok = (o: Outcome) => (o.kind === 'write' ? o.status === 201 : o.status === 200);
    const failed = run.out.filter((o) => !ok(o));
    // In flight: sent before the process was gone (it could still accept a connection) and not answered before the kill.
    const inFlight = (o: Outcome) => o.start <= run.deadAt && o.end >= run.killAt;
    expect(failed.filter((o) => !inFlight(o)), JSON.stringify({ killAt: run.killAt, deadAt: run.deadAt, failed: failed.slice(0, 8), total: failed.length })).toEqual([]);
    expect(failed.length).toBeLessThanOrEqual(6); // at most one per client
  });

  it('lose no acknowledged write, and the replica catches up with them', async () => {
    const acknowledged = run.out.filter((o) => o.kind === 'write' && o.status === 201).map((o) => o.name ?? '');
    expect(acknowledged.length).toBeGreaterThan(10);
    const stored = new Set((await query<{ name: string }>(primary?.url, TOPOLOGY_PRODUCERS)).map((r) => r.name));
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    await waitFor('replica catch-up', async () => (await query(replica?.url, TOPOLOGY_PRODUCERS)).length === stored.size, 15_000);
  });

  it('show the replica and its lag in /healthz, and run each daily job once across instances', async () => {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string; database: string; replica?: { status: string; lagSeconds: number | null } };
    expect(health).toMatchObject({ status: 'ok', database: 'postgres', replica: { status: 'ok', usedForReads: true } });
    expect(typeof health.replica?.lagSeconds).toBe('number');
    const metrics = parsePrometheusText(await (await fetch(`http://127.0.0.1:${appPorts[1]}/metrics`)).text());
    expect(sampleValue(metrics, 'ocop_replica_used_for_reads', 'ocop_replica_used_for_reads')).toBe(1);
    const runs = await query<{ job: string; n: number }>(primary?.url, `select job, count(*)::int as n from job_run group by job order by job`);
    expect(runs).toEqual([{ job: 'evaluation', n: 1 }, { job: 'scan-log', n: 1 }, { job: 'sessions', n: 1 }]);
  });

  it('keep answering public reads from the primary when the replica goes away', async () => {
    await stopCluster(replica);
    const [stamp] = await query<{ serial: string }>(primary?.url, `select s.serial from stamp s join stamp_batch b on b.id = s.batch_id where b.status = 'issued' and s.status = 'active' order by s.id limit 1`);
    for (let i = 0; i < 5; i += 1) expect((await fetch(`${base}/api/v1/public/verify/${stamp?.serial ?? ''}`, { headers: from(9) })).status).toBe(200);
    await waitFor('replica reported unreachable', async () => {
      const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string; replica?: { status: string; usedForReads: boolean } };
      return health.status === 'ok' && health.replica?.status === 'unreachable' && !health.replica.usedForReads;
    }, 15_000);
  });
});
