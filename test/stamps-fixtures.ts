import { expect } from 'vitest';
import type { ServiceContext } from '../src/services/context.js';
import type { Client } from './fixtures/registry-client.js';

// Shared steps of the stamp tests: find a demo product, issue a batch through the API and wait
// for the job, read serials straight from the database (the API never lists them).

export type Batch = { id: number; status: string; quantity: number; progress: { written: number; quantity: number; fraction: number }; pinsAvailable: boolean };
export type Product = { id: number; name: string; gtin: string | null; status: string; star: number | null; producerId: number };
export type Page<T> = { items: T[]; total: number };

export const MOBILE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

export async function myProducerId(client: Client): Promise<number> {
  const me = await client.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me');
  return me.body.user.producerId;
}

export async function certifiedProduct(client: Client, producerId: number, withGtin: boolean): Promise<Product> {
  const res = await client.json<Page<Product>>('GET', `/api/v1/products?producerId=${producerId}&status=certified&pageSize=100`);
  const product = res.body.items.find((p) => (p.gtin !== null) === withGtin);
  if (product === undefined) throw new Error(`no certified product ${withGtin ? 'with' : 'without'} a GTIN for producer ${producerId}`);
  return product;
}

export async function waitForBatch(client: Client, id: number, status = 'issued', timeoutMs = 20_000): Promise<Batch> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.json<Batch>('GET', `/api/v1/stamp-batches/${id}`);
    if (res.body.status === status) return res.body;
    if (Date.now() > until) throw new Error(`batch ${id} is ${res.body.status}, not ${status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function requestBatch(requester: Client, body: Record<string, unknown>): Promise<Batch> {
  const res = await requester.json<Batch>('POST', '/api/v1/stamp-batches', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Request, approve and wait until issued. */
export async function issueBatch(requester: Client, approver: Client, body: Record<string, unknown>): Promise<Batch> {
  const batch = await requestBatch(requester, body);
  const approved = await approver.json<Batch>('POST', `/api/v1/stamp-batches/${batch.id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return waitForBatch(requester, batch.id);
}

export async function serialsOf(ctx: ServiceContext, batchId: number, limit = 1_000_000): Promise<string[]> {
  const rows = await ctx.db.selectFrom('stamp').select('serial').where('batch_id', '=', batchId).orderBy('position').limit(limit).execute();
  return rows.map((r) => r.serial);
}

/** A platform-format serial (valid check symbol) that was never issued. */
export function unissuedSerial(seed: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let payload = 'ZZ';
  for (let i = 0; i < 12; i += 1) payload += alphabet.charAt((seed * 7 + i * 13) % 32);
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    const addend = factor * alphabet.indexOf(payload.charAt(i));
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return payload + alphabet.charAt((32 - (sum % 32)) % 32);
}

/** Fetches a public path like a phone would, from a given client address (the server trusts X-Forwarded-For in these tests). */
export function phoneFetch(base: string, path: string, ip: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: init.method ?? 'GET', redirect: 'manual', body: init.body, headers: { 'user-agent': MOBILE_UA, 'x-forwarded-for': ip, ...init.headers } });
}
