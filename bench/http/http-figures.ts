import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Engine } from '../lib/args.js';
import { type Server, runJob, startServer } from '../lib/child.js';
import { type BenchDb, freshDb } from '../lib/engines.js';
import { freePort } from '../lib/ports.js';
import { type Row, progress } from '../lib/report.js';
import { median, round } from '../lib/stats.js';
import { type WrkResult, runWrk } from '../lib/wrk.js';

// The HTTP figures: the real server (bin/ocop.js serve) and the bare node:http baseline both
// pinned to core 0, wrk pinned to core 1 with 100 connections. Rounds interleave baseline and
// figures, so each round's ratio compares runs a few seconds apart on the same core.

const Prepared = z.object({ codes: z.number(), files: z.object({ verifyHtml: z.string(), verifyJson: z.string(), resolver: z.string(), linkset: z.string() }) });
type Files = z.infer<typeof Prepared>['files'];

type Figure = { figure: string; file: keyof Files; status: number; minRatio: number; p99Ms?: number; logsScans: boolean };
export const HTTP_FIGURES: readonly Figure[] = [
  { figure: 'verify-html', file: 'verifyHtml', status: 200, minRatio: 0.6, p99Ms: 50, logsScans: true },
  { figure: 'verify-json', file: 'verifyJson', status: 200, minRatio: 0.6, p99Ms: 50, logsScans: true },
  { figure: 'resolver-307', file: 'resolver', status: 307, minRatio: 0.7, logsScans: false },
  { figure: 'resolver-linkset', file: 'linkset', status: 200, minRatio: 0.7, logsScans: false },
];

/** A phone's browser: robots' scans are not logged (src/services/scans/client-class.ts). */
export const HEADERS = ['User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1', 'Accept-Language: vi-VN,vi;q=0.9'];
const LUA = join(import.meta.dirname, 'paths.lua');

export type HttpOptions = { rounds: number; seconds: number; codes: number; only: string | undefined; nodeFlags: readonly string[] };
type Measured = { wrk: WrkResult; baseline: WrkResult; scans: number | undefined };

async function preflight(base: string, fig: Figure, files: Files): Promise<void> {
  const path = readFileSync(files[fig.file], 'utf8').split('\n')[0] ?? '';
  const headers = Object.fromEntries(HEADERS.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1).trim()]));
  const res = await fetch(`${base}${path}`, { redirect: 'manual', headers });
  await res.arrayBuffer();
  if (res.status !== fig.status) throw new Error(`${fig.figure}: ${path} answered ${res.status}, expected ${fig.status}`);
}

async function startBoth(db: BenchDb, nodeFlags: readonly string[]): Promise<{ bare: Server; app: Server; bareUrl: string; appUrl: string }> {
  const [barePort, appPort] = [await freePort(), await freePort()];
  const bare = await startServer('bench/http/bare-server.ts', [], { PORT: String(barePort) }, { core: 0 }, /ready/);
  const env = { ...db.env, PORT: String(appPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', OCOP_PUBLIC_URL: `http://127.0.0.1:${appPort}` };
  const app = await startServer('bin/ocop.js', ['serve', '--no-demo'], env, { core: 0 }, /listening on/, nodeFlags).catch(async (err: unknown) => {
    await bare.stop();
    throw err;
  });
  return { bare, app, bareUrl: `http://127.0.0.1:${barePort}/`, appUrl: `http://127.0.0.1:${appPort}` };
}

function rowOf(engine: Engine, fig: Figure, runs: readonly Measured[], seconds: number): Row {
  const rps = median(runs.map((r) => r.wrk.requestsPerSecond));
  const base = median(runs.map((r) => r.baseline.requestsPerSecond));
  const ratio = median(runs.map((r) => r.wrk.requestsPerSecond / r.baseline.requestsPerSecond));
  const p99 = median(runs.map((r) => r.wrk.p99Ms));
  const bad = runs.reduce((s, r) => s + r.wrk.non2xx3xx + r.wrk.socketErrors, 0);
  const logged = runs.reduce((s, r) => s + (r.scans ?? 0), 0);
  const requests = runs.reduce((s, r) => s + r.wrk.requests, 0);
  const scanNote = fig.logsScans ? `; scans logged ${logged}/${requests}` : '; scan logged by the page it leads to';
  const target = `≥ ${fig.minRatio}${fig.p99Ms === undefined ? '' : `, p99 < ${fig.p99Ms} ms`}`;
  const met = bad === 0 && ratio >= fig.minRatio && (fig.p99Ms === undefined || p99 < fig.p99Ms) && (!fig.logsScans || logged >= requests * 0.99);
  const detail = `${bad === 0 ? '' : `FAILED: ${bad} non-2xx/3xx or socket errors; `}p50 ${round(median(runs.map((r) => r.wrk.p50Ms)), 1)} ms, p99 ${round(p99, 1)} ms (baseline p99 ${round(median(runs.map((r) => r.baseline.p99Ms)), 1)} ms)${scanNote}; ${runs.length}×${seconds} s`;
  return { figure: fig.figure, engine, value: rps, unit: 'req/s', baseline: base, ratio, target, met, detail, rounds: runs };
}

/** The scan count once the server's scan queue has drained: unchanged for 1.5 s (a flush commits all its rows at once), at most 30 s. */
async function settledCount(db: BenchDb): Promise<number> {
  let last = -1;
  let steady = 0;
  for (const until = Date.now() + 30_000; Date.now() < until && steady < 3;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await db.count('scan');
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

async function measure(db: BenchDb, fig: Figure, files: Files, urls: { appUrl: string; baseline: WrkResult }, seconds: number): Promise<Measured> {
  const wrk = { seconds, connections: 100, core: 1, headers: HEADERS };
  const baseline = urls.baseline;
  const before = fig.logsScans ? await db.count('scan') : 0;
  const result = await runWrk({ ...wrk, url: urls.appUrl, script: LUA, scriptArgs: [files[fig.file]] });
  if (result.non2xx3xx > 0) process.stderr.write(`!!! ${fig.figure}: ${result.non2xx3xx} responses were not 2xx/3xx\n`);
  const scans = fig.logsScans ? (await settledCount(db)) - before : undefined;
  progress(`  ${fig.figure}: ${Math.round(result.requestsPerSecond)} req/s (baseline ${Math.round(baseline.requestsPerSecond)}), p99 ${result.p99Ms} ms${scans === undefined ? '' : `, +${scans} scans`}`);
  return { wrk: result, baseline, scans };
}

export async function httpFigures(engine: Engine, opts: HttpOptions): Promise<Row[]> {
  const figures = HTTP_FIGURES.filter((f) => opts.only === undefined || opts.only === 'http' || f.figure === opts.only);
  if (figures.length === 0) return [];
  const db = await freshDb(engine);
  try {
    progress(`http/${engine}: issuing ${opts.codes} codes for the request lists`);
    const prepared = Prepared.parse(await runJob('bench/http/prepare.ts', [String(opts.codes), join(db.dataDir, 'paths')], db.env));
    const servers = await startBoth(db, opts.nodeFlags);
    try {
      for (const fig of figures) await preflight(servers.appUrl, fig, prepared.files);
      await runWrk({ seconds: 2, connections: 100, core: 1, headers: HEADERS, url: servers.appUrl, script: LUA, scriptArgs: [prepared.files.verifyJson] }); // warm-up
      const runs = new Map<string, Measured[]>(figures.map((f) => [f.figure, []]));
      for (let r = 1; r <= opts.rounds; r += 1) {
        const baseline = await runWrk({ seconds: opts.seconds, connections: 100, core: 1, headers: HEADERS, url: servers.bareUrl });
        progress(`http/${engine}: round ${r}/${opts.rounds}, baseline ${Math.round(baseline.requestsPerSecond)} req/s`);
        for (const fig of figures) runs.get(fig.figure)?.push(await measure(db, fig, prepared.files, { appUrl: servers.appUrl, baseline }, opts.seconds));
      }
      return figures.map((f) => rowOf(engine, f, runs.get(f.figure) ?? [], opts.seconds));
    } finally {
      await servers.app.stop();
      await servers.bare.stop();
    }
  } finally {
    await db.dispose();
  }
}
