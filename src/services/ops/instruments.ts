import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from '../../db/replica.js';

// The Prometheus metrics of one app instance, on its own registry (tests start several apps in
// one process). Values that live elsewhere (scan queue depth, pool use, replica lag) are read at
// scrape time from `sources`, which the server fills in once those parts exist.

export type ReplicaStats = { lagSeconds: number | null; usedForReads: boolean };

export type MetricSources = {
  scanQueueDepth?: () => number;
  scansDropped?: () => number;
  pool?: () => PoolStats;
  replicaPool?: () => PoolStats;
  replica?: () => ReplicaStats;
};

export type Instruments = {
  readonly registry: Registry;
  readonly sources: MetricSources;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly scanFlush: Histogram<'outcome'>;
  readonly scansWritten: Counter;
  readonly issueChunk: Histogram;
  readonly codesWritten: Counter;
  readonly jobDuration: Histogram<'job' | 'outcome'>;
};

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_SECONDS = [0.01, 0.1, 0.5, 1, 5, 15, 60, 300];

function poolGauges(registry: Registry, sources: MetricSources): void {
  const pools = { primary: () => sources.pool?.(), replica: () => sources.replicaPool?.() };
  const gauge = (name: string, help: string, pick: (s: PoolStats) => number) =>
    new Gauge({
      name, help, labelNames: ['pool'], registers: [registry],
      collect() {
        for (const [pool, read] of Object.entries(pools)) {
          const s = read();
          if (s !== undefined) this.set({ pool }, pick(s));
        }
      },
    });
  gauge('ocop_db_pool_connections', 'PostgreSQL pool: open connections', (s) => s.total);
  gauge('ocop_db_pool_idle', 'PostgreSQL pool: idle connections', (s) => s.idle);
  gauge('ocop_db_pool_waiting', 'PostgreSQL pool: queries waiting for a connection', (s) => s.waiting);
}

function sourceGauges(registry: Registry, sources: MetricSources): void {
  new Gauge({ name: 'ocop_scan_queue_depth', help: 'Scans waiting in memory to be written to the scan log', registers: [registry], collect() { this.set(sources.scanQueueDepth?.() ?? 0); } });
  new Gauge({ name: 'ocop_scan_queue_dropped', help: 'Scans dropped since start (queue full or write failed)', registers: [registry], collect() { this.set(sources.scansDropped?.() ?? 0); } });
  new Gauge({
    name: 'ocop_replica_lag_seconds', help: 'Replication lag of the read replica at the last check (absent without a replica)', registers: [registry],
    collect() {
      const r = sources.replica?.();
      if (r !== undefined && r.lagSeconds !== null) this.set(r.lagSeconds);
    },
  });
  new Gauge({
    name: 'ocop_replica_used_for_reads', help: '1 when public reads go to the replica, 0 when they fell back to the primary', registers: [registry],
    collect() {
      const r = sources.replica?.();
      if (r !== undefined) this.set(r.usedForReads ? 1 : 0);
    },
  });
}

export function createInstruments(): Instruments {
  const registry = new Registry();
  const sources: MetricSources = {};
  collectDefaultMetrics({ register: registry });
  poolGauges(registry, sources);
  sourceGauges(registry, sources);
  const labelNames = ['method', 'route', 'status'] as const;
  return {
    registry, sources,
    httpRequests: new Counter({ name: 'ocop_http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames, registers: [registry] }),
    httpDuration: new Histogram({ name: 'ocop_http_request_duration_seconds', help: 'HTTP request latency, by route template and status', labelNames, buckets: SECONDS, registers: [registry] }),
    scanFlush: new Histogram({ name: 'ocop_scan_flush_duration_seconds', help: 'Time to write one batch of the scan log', labelNames: ['outcome'], buckets: SECONDS, registers: [registry] }),
    scansWritten: new Counter({ name: 'ocop_scans_written_total', help: 'Scans written to the scan log', registers: [registry] }),
    issueChunk: new Histogram({ name: 'ocop_stamp_issue_chunk_duration_seconds', help: 'Time to issue one chunk of stamp codes', buckets: SECONDS, registers: [registry] }),
    codesWritten: new Counter({ name: 'ocop_stamp_codes_written_total', help: 'Stamp codes written by the issuing job', registers: [registry] }),
    jobDuration: new Histogram({ name: 'ocop_job_duration_seconds', help: 'Scheduled (daily) job runs, by job and outcome', labelNames: ['job', 'outcome'], buckets: JOB_SECONDS, registers: [registry] }),
  };
}

/** The stamp runtime's observers that feed these metrics. */
export function stampObservers(m: Instruments) {
  return {
    onFlush: (seconds: number, rows: number, failed: boolean) => {
      m.scanFlush.observe({ outcome: failed ? 'failed' : 'ok' }, seconds);
      if (!failed) m.scansWritten.inc(rows);
    },
    onChunk: (seconds: number, codes: number) => {
      m.issueChunk.observe(seconds);
      m.codesWritten.inc(codes);
    },
  };
}
