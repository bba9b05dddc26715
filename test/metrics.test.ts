import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsPlugin } from '../src/http/plugins/metrics.js';
import { createOps } from '../src/services/ops/ops.js';
import { testEngine } from './helpers/engine.js';
import { type Family, parsePrometheusText, sampleValue } from './helpers/prometheus.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// /metrics is scraped like Prometheus would and parsed strictly (test/helpers/prometheus.ts):
// request counts and latencies per route template, scan-log queue and flushes, the daily jobs
// run at start, pool use on PostgreSQL; it answers loopback only, or a bearer token when set.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => srv?.close());

async function scrape(headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; families: Map<string, Family> | undefined }> {
  const res = await fetch(`${srv.url}/metrics`, { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), families: res.status === 200 ? parsePrometheusText(text) : undefined };
}

describe('/metrics', () => {
  it('is valid Prometheus text with request, scan-log, job and process metrics', async () => {
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${srv.url}/api/v1/units/does-not-exist`)).status).toBe(404);
    await fetch(`${srv.url}/api/v1/public/verify/AAAAAAAAAAAA`);
    srv.server.stamps.scans.push({ at: new Date().toISOString(), stampId: null, serial: 'X', result: 'unknown', outcome: 'viewed', province: null, clientClass: 'mobile', producerId: null, expectedProvinces: [] });
    await srv.server.stamps.scans.flush();
    const { status, type, families } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    if (families === undefined) throw new Error('no metrics');
    expect(families.get('ocop_http_requests_total')?.type).toBe('counter');
    expect(sampleValue(families, 'ocop_http_requests_total', 'ocop_http_requests_total', { route: '/healthz', status: '200', method: 'GET' })).toBe(3);
    // Route templates, never raw URLs: a path parameter never becomes a label value.
    const routes = families.get('ocop_http_requests_total')?.samples.map((s) => s.labels.route ?? '') ?? [];
    expect(routes.some((r) => r.includes('does-not-exist') || r.includes('AAAAAAAAAAAA'))).toBe(false);
    expect(sampleValue(families, 'ocop_http_request_duration_seconds', 'ocop_http_request_duration_seconds_count', { route: '/healthz' })).toBe(3);
    expect(families.get('ocop_scan_queue_depth')?.type).toBe('gauge');
    expect(sampleValue(families, 'ocop_scan_flush_duration_seconds', 'ocop_scan_flush_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, 'ocop_scans_written_total', 'ocop_scans_written_total')).toBeGreaterThanOrEqual(1);
    for (const job of ['evaluation', 'sessions', 'scan-log']) {
      expect(sampleValue(families, 'ocop_job_duration_seconds', 'ocop_job_duration_seconds_count', { job, outcome: 'ok' }), job).toBe(1);
    }
    expect(families.has('process_cpu_user_seconds_total')).toBe(true);
    expect(families.has('nodejs_eventloop_lag_seconds')).toBe(true);
    const pool = sampleValue(families, 'ocop_db_pool_connections', 'ocop_db_pool_connections', { pool: 'primary' });
    if (testEngine() === 'postgres') expect(pool).toBeGreaterThanOrEqual(1);
    else expect(pool).toBeUndefined();
  });

  it('answers only direct loopback requests when no token is set, and carries request ids', async () => {
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(404);
    expect((await scrape({ forwarded: 'for=203.0.113.9' })).status).toBe(404);
    const res = await fetch(`${srv.url}/healthz`, { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(res.headers.get('x-request-id')).toBe('edge-1234abcd');
    const fresh = await fetch(`${srv.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/metrics with OCOP_METRICS_TOKEN', () => {
  it('needs the bearer token from every address', async () => {
    const token = 'metrics-token-0123456789';
    const app = Fastify();
    await app.register(metricsPlugin, { ops: createOps({ scanRetentionMonths: 24, metricsEnabled: true, metricsToken: token }) });
    try {
      expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
      expect((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789' } })).statusCode).toBe(404);
      const ok = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' } });
      expect(ok.statusCode).toBe(200);
      expect(parsePrometheusText(ok.body).has('ocop_http_requests_total')).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('is absent with OCOP_METRICS=off', async () => {
    const app = Fastify();
    await app.register(metricsPlugin, { ops: createOps({ scanRetentionMonths: 24, metricsEnabled: false, metricsToken: undefined }) });
    try {
      expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
