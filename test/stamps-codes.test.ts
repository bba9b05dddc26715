import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Producers who print their own labels need the codes and the exact URL each QR must encode.

let srv: TestServer;
let producer: ApiClient;
beforeAll(async () => {
  srv = await startTestServer();
  producer = new ApiClient(srv.url);
  await producer.login('producer');
});
afterAll(async () => srv.close());

type Batch = { id: number; status: string };

describe('GET /api/v1/stamp-batches/{id}/codes.csv', () => {
  it('lists every printable code with its stamp URL, and each URL resolves to its verify page', async () => {
    const batches = (await (await producer.get('/api/v1/stamp-batches')).json()) as { items: Batch[] };
    const issued = batches.items.find((b) => b.status === 'issued');
    expect(issued).toBeDefined();
    const res = await producer.get(`/api/v1/stamp-batches/${issued!.id}/codes.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (await res.text()).trim().split('\n');
    expect(header).toBe('serial,url');
    expect(rows.length).toBeGreaterThan(0);
    const [serial, url] = rows[0]!.split(',');
    expect(url!.startsWith(srv.url)).toBe(true);
    expect(url).toContain(serial);
    const hop = await fetch(url!, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Mobile' } });
    expect(hop.status).toBe(307);
    expect(hop.headers.get('location')).toContain(`/v/${serial}`);
  });

  it("is refused for another producer's batch", async () => {
    const batches = (await (await producer.get('/api/v1/stamp-batches')).json()) as { items: Batch[] };
    const other = new ApiClient(srv.url);
    await other.login('producer2');
    const res = await other.get(`/api/v1/stamp-batches/${batches.items[0]!.id}/codes.csv`);
    expect(res.status).toBe(404);
  });
});
