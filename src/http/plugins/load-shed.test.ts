import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { loadShedPlugin } from './load-shed.js';

async function appWith(maxInFlight: number) {
  const app = Fastify();
  await app.register(loadShedPlugin, { maxInFlight, maxLagMs: 0, retryAfterSeconds: 3 });
  app.get('/slow', async () => {
    await new Promise((r) => setTimeout(r, 50));
    return { ok: true };
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` };
}

describe('load shedding', () => {
  it('answers 503 problem+json with Retry-After past the in-flight limit, exempts /healthz, and recovers', async () => {
    const { app, url } = await appWith(2);
    try {
      const slow = Array.from({ length: 8 }, () => fetch(`${url}/slow`));
      const health = await fetch(`${url}/healthz`);
      const answers = await Promise.all(slow);
      const shed = answers.filter((r) => r.status === 503);
      expect(answers.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
      expect(shed.length).toBeGreaterThan(0);
      expect(shed.every((r) => r.headers.get('retry-after') === '3' && (r.headers.get('content-type') ?? '').startsWith('application/problem+json'))).toBe(true);
      expect(health.status).toBe(200);
      expect((await fetch(`${url}/slow`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('reads its limits from OCOP_MAX_IN_FLIGHT and OCOP_MAX_LAG_MS, refusing nonsense', () => {
    expect(loadConfig({})).toMatchObject({ maxInFlight: 512, maxLagMs: 1000 });
    expect(loadConfig({ OCOP_MAX_IN_FLIGHT: '64', OCOP_MAX_LAG_MS: '0' })).toMatchObject({ maxInFlight: 64, maxLagMs: 0 });
    expect(() => loadConfig({ OCOP_MAX_IN_FLIGHT: '0' })).toThrow(/OCOP_MAX_IN_FLIGHT/);
    expect(() => loadConfig({ OCOP_MAX_LAG_MS: 'soon' })).toThrow(/OCOP_MAX_LAG_MS/);
  });
});
