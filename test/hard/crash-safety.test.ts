import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stampPolicy from '../../src/services/stamps/stamp-policy.json' with { type: 'json' };
import { type TestStore, createTestStore } from '../helpers/engine.js';
import { SET8_COOPERATIVE } from '../../src/domain/scoring/hand-worked.fixture.js';
import { type Client, clientFor, validTaxCodes } from '../fixtures/registry-client.js';
import { type Dossier, SIGNER, dossierAtCouncil, ok, score, step, vnToday } from '../evaluation-fixtures.js';
import { workbook } from '../fixtures/workbook.js';
import { MOBILE_UA } from '../stamps-fixtures.js';
import { type Spawned, freePort, openStore, spawnServer, waitFor } from './spawned.js';

// kill -9 in the middle of the long operations: a million-code issuance, a 5,000-row Excel
// import and a council closing. After a restart each is complete or absent (never half-done) and
// can be resumed or retried. The scan log loses at most its last flush interval on kill -9, and
// nothing on SIGTERM.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The issuance size; 1,000,000 as the issue asks (OCOP_HARD_CODES lowers it for a quick local run). */
const CODES = Number(process.env.OCOP_HARD_CODES ?? '1000000');

let store: TestStore;
let server: Spawned;
let env: NodeJS.ProcessEnv;
const clients: Record<string, Client> = {};

async function restart(): Promise<void> {
  server = await spawnServer(store, env, ['--no-demo']);
}

beforeAll(async () => {
  store = await createTestStore();
  const port = await freePort();
  env = { PORT: String(port), OCOP_PUBLIC_URL: `http://127.0.0.1:${port}` };
  server = await spawnServer(store, env);
  // Tokens live in the database, so they survive every restart.
  const rt = await openStore(store);
  for (const name of ['producer', 'officer', 'admin', 'commune', 'council1', 'council2', 'council3']) clients[name] = await clientFor(server.base, rt.ctx, name);
  await rt.database.close();
}, 180_000);
afterAll(async () => {
  await server?.kill9().catch(() => undefined);
  await store?.drop();
});

const c = (name: string): Client => {
  const client = clients[name];
  if (client === undefined) throw new Error(name);
  return client;
};

async function count(table: 'producer' | 'scan'): Promise<number> {
  const rt = await openStore(store);
  const n = await rt.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await rt.database.close();
  return Number(n.n);
}

describe('kill -9 mid-operation', () => {
  it('a million-code issuance is invisible until whole, and resumes to exactly one million distinct codes', async () => {
    const me = await ok(c('producer').json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me'));
    const products = await ok(c('producer').json<{ items: { id: number; gtin: string | null }[] }>('GET', `/api/v1/products?producerId=${me.user.producerId}&status=certified&pageSize=50`));
    const productId = products.items.find((p) => p.gtin !== null)?.id ?? 0;
    const batch = await ok(c('producer').json<{ id: number }>('POST', '/api/v1/stamp-batches', { productId, quantity: CODES, type: 'qr_label' }), 201);
    await ok(c('officer').json('POST', `/api/v1/stamp-batches/${batch.id}/approve`));
    await waitFor('issuance under way', async () => {
      const b = await ok(c('producer').json<{ progress: { written: number } }>('GET', `/api/v1/stamp-batches/${batch.id}`));
      return b.progress.written > CODES / 20 ? b : undefined;
    }, 240_000, 100);
    await server.kill9();
    const rt = await openStore(store);
    const row = await rt.ctx.db.selectFrom('stamp_batch').select(['status', 'written']).where('id', '=', batch.id).executeTakeFirstOrThrow();
    expect(row.status).not.toBe('issued');
    const visible = await rt.ctx.db.selectFrom('stamp').select((eb) => eb.fn.countAll<number>().as('n')).where('batch_id', '=', batch.id).executeTakeFirstOrThrow();
    // Rows may exist for committed chunks, but the batch is not issued: verify and the API never show them.
    expect(Number(visible.n)).toBeLessThan(CODES);
    await rt.database.close();
    await restart();
    const done = await waitFor('issuance resumed to the end', async () => {
      const b = await ok(c('producer').json<{ status: string; progress: { written: number } }>('GET', `/api/v1/stamp-batches/${batch.id}`));
      return b.status === 'issued' ? b : undefined;
    }, 600_000, 500);
    expect(done.progress.written).toBe(CODES);
    const rt2 = await openStore(store);
    const counts = await rt2.ctx.db.selectFrom('stamp').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('serial').distinct().as('d')]).where('batch_id', '=', batch.id).executeTakeFirstOrThrow();
    await rt2.database.close();
    expect([Number(counts.n), Number(counts.d)]).toEqual([CODES, CODES]);
  }, 900_000);

  it('a 5,000-row Excel import is all there or not there at all, and a retry completes it without duplicates', async () => {
    const codes = validTaxCodes('57099', 5_000);
    const rows = codes.map((taxCode, i) => ({ name: `HTX nạp thử ${i}`, type: 'cooperative', taxCode, unitId: 'new-06862' }));
    const bytes = await workbook({ producers: rows });
    const before = await count('producer');
    const sent = c('admin').upload('/api/v1/registry/import?mode=all', bytes, 'so.xlsx', XLSX).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1_500));
    await server.kill9();
    await sent;
    expect([before, before + 5_000]).toContain(await count('producer'));
    await restart();
    const res = await c('admin').upload('/api/v1/registry/import?mode=all', bytes, 'so.xlsx', XLSX);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await count('producer')).toBe(before + 5_000);
    // Importing the same file again creates no duplicates.
    expect((await c('admin').upload('/api/v1/registry/import?mode=all', bytes, 'so.xlsx', XLSX)).status).toBe(200);
    expect(await count('producer')).toBe(before + 5_000);
  }, 300_000);

  it('the scan log loses at most its last flush interval on kill -9, and nothing on SIGTERM', async () => {
    const rt = await openStore(store);
    const serials = (await rt.ctx.db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id').select('stamp.serial').where('stamp_batch.status', '=', 'issued').where('stamp_batch.quantity', '<', 1000).limit(20).execute()).map((r) => r.serial);
    await rt.database.close();
    const countScans = () => count('scan');
    expect(serials.length).toBeGreaterThan(0);
    const scan = (i: number) => fetch(`${server.base}/v/${serials[i % serials.length] ?? ''}`, { headers: { 'user-agent': MOBILE_UA } }).then(async (r) => ({ ok: r.ok && (await r.text()).length > 0, at: Date.now() }));
    for (const stop of ['kill9', 'term'] as const) {
      const start = await countScans();
      const answered: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const r = await scan(i);
        if (r.ok) answered.push(r.at);
      }
      const stoppedAt = Date.now();
      if (stop === 'kill9') await server.kill9();
      else expect(await server.stop()).toBe(0);
      const logged = (await countScans()) - start;
      const safe = answered.filter((t) => t < stoppedAt - stampPolicy.scanFlushMs - 250).length;
      if (stop === 'term') expect(logged).toBe(answered.length);
      else expect(logged).toBeGreaterThanOrEqual(safe);
      await restart();
    }
  }, 180_000);

  it('a council closing is either not done or done whole, and can be retried', async () => {
    const rt = await openStore(store);
    const ids = Object.fromEntries((await rt.ctx.db.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
    await rt.database.close();
    const seats = [{ userId: ids.council1, role: 'chair' }, { userId: ids.council2, role: 'member' }, { userId: ids.council3, role: 'member' }];
    const council = await ok(c('officer').json<{ id: number }>('POST', '/api/v1/councils', { name: 'Hội đồng thử sập nguồn', sessionDate: vnToday(), seats }), 201);
    const d: Dossier = await dossierAtCouncil(clients, council.id);
    for (const u of ['council1', 'council2', 'council3']) await score(c(u), d.id, SET8_COOPERATIVE);
    const closing = c('council1').json('POST', `/api/v1/dossiers/${d.id}/close_scoring`, {}).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 15));
    await server.kill9();
    await closing;
    await restart();
    const after = await ok(c('officer').json<Dossier>('GET', `/api/v1/dossiers/${d.id}`));
    expect(['council_scoring', 'scored']).toContain(after.state);
    if (after.state === 'council_scoring') expect(after.result).toBeNull();
    else expect(after.result).not.toBeNull();
    const closed = after.state === 'scored' ? after : await step(c('council1'), d.id, 'close_scoring');
    expect(closed.state).toBe('scored');
    const decided = await step(c('officer'), d.id, 'record_decision', { number: '77/QĐ-UBND', date: vnToday(), signer: SIGNER });
    expect(decided.state).toBe('decided');
  }, 180_000);
});
