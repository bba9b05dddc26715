import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobRuns } from '../src/db/repositories/job-leases.js';
import { type Runtime, openRuntime } from '../src/server/runtime.js';
import type { ServiceContext } from '../src/services/context.js';
import { scheduleDailyJobs } from '../src/services/ops/daily-jobs.js';
import { createIssueRunner } from '../src/services/stamps/issue-runner.js';
import { testEngine } from './helpers/engine.js';
import { type TestRuntime, createTestRuntime, testConfig } from './helpers/runtime.js';

// Two app instances on one PostgreSQL database (each with its own connection pool): a stamp batch
// is issued exactly once, a crashed instance's batch is resumed by the other once its lease runs
// out, and each daily job runs once a day whichever instance gets there first. SQLite has a single
// writer and one instance per data folder, so these run on PostgreSQL only.

const onPostgres = testEngine() === 'postgres';
const quiet = { info: () => undefined, error: () => undefined };

let a: TestRuntime;
let b: Runtime;

beforeAll(async () => {
  if (!onPostgres) return;
  a = await createTestRuntime();
  b = await openRuntime(testConfig(a.store), { migrate: false, warn: () => undefined });
});
afterAll(async () => {
  await b?.database.close();
  await a?.close();
});

async function issuingBatch(ctx: ServiceContext, quantity: number): Promise<number> {
  const product = await ctx.db.selectFrom('product').select(['id', 'producer_id']).orderBy('id').executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  const row = await ctx.db.insertInto('stamp_batch').values({
    product_id: product.id, producer_id: product.producer_id, type: 'qr_label', quantity, status: 'issuing', written: 0, requested_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function waitIssued(ctx: ServiceContext, batchId: number, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const row = await ctx.db.selectFrom('stamp_batch').select('status').where('id', '=', batchId).executeTakeFirstOrThrow();
    if (row.status === 'issued') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`batch ${batchId} not issued in ${ms} ms`);
}

async function codes(ctx: ServiceContext, batchId: number): Promise<{ n: number; positions: number }> {
  const r = await ctx.db.selectFrom('stamp').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('position').distinct().as('positions')])
    .where('batch_id', '=', batchId).executeTakeFirstOrThrow();
  return { n: Number(r.n), positions: Number(r.positions) };
}

describe.skipIf(!onPostgres)('several instances on one PostgreSQL (skipped on SQLite: one writer, one instance per data folder)', () => {
  it('issue a batch exactly once: every chunk is written by one instance under the lease', async () => {
    const batchId = await issuingBatch(a.ctx, 6000);
    const chunks: { who: string; from: number; to: number }[] = [];
    const runner = (ctx: ServiceContext, who: string) => createIssueRunner(ctx, {
      holder: who, chunkSize: 500, pollMs: 10, hooks: { beforeCommit: ({ from, to }) => { chunks.push({ who, from, to }); } },
    });
    const ra = runner(a.ctx, 'instance-a');
    const rb = runner(b.ctx, 'instance-b');
    ra.start();
    rb.start();
    await waitIssued(a.ctx, batchId);
    await Promise.all([ra.stop(), rb.stop()]);
    expect(await codes(a.ctx, batchId)).toEqual({ n: 6000, positions: 6000 });
    const sorted = [...chunks].sort((x, y) => x.from - y.from);
    expect(sorted.map((c) => c.from)).toEqual(Array.from({ length: 12 }, (_, i) => i * 500)); // no chunk twice
    const audits = await a.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'stamp_batch.issued').where('entity_id', '=', String(batchId)).execute();
    expect(audits).toHaveLength(1);
    expect(await a.ctx.db.selectFrom('job_lease').selectAll().execute()).toEqual([]);
  });

  it('resume the batch of a crashed instance once its lease has run out', async () => {
    const batchId = await issuingBatch(a.ctx, 1000);
    const until = new Date(Date.now() + 1500).toISOString();
    await a.ctx.db.insertInto('job_lease').values({ name: `stamp_batch:${batchId}`, holder: 'crashed-instance', lease_until: until }).execute();
    const started = Date.now();
    const rb = createIssueRunner(b.ctx, { holder: 'instance-b', chunkSize: 250, pollMs: 50 });
    rb.start();
    await new Promise((r) => setTimeout(r, 700));
    expect((await codes(a.ctx, batchId)).n).toBe(0); // the lease still holds
    await waitIssued(a.ctx, batchId);
    await rb.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await codes(a.ctx, batchId)).toEqual({ n: 1000, positions: 1000 });
  });

  it('run a daily job once a day across instances, and retry a failed run on any instance', async () => {
    let clock = new Date('2031-03-10T02:00:00.000Z');
    const ran: string[] = [];
    const succeeded: string[] = [];
    let failOnce = true;
    const job = (who: string) => ({
      name: 'test-daily',
      run: async () => {
        ran.push(who);
        await new Promise((r) => setTimeout(r, 100));
        if (failOnce && who === 'a') {
          failOnce = false;
          throw new Error('simulated failure');
        }
        succeeded.push(who);
      },
    });
    const jobsOn = (rt: Runtime, who: string) => scheduleDailyJobs({ ...rt.ctx, now: () => clock }, { jobs: [job(who)], log: quiet, holder: who, checkMs: 3_600_000 });
    const ja = jobsOn(a, 'a');
    const jb = jobsOn(b, 'b');
    await Promise.all([ja.first, jb.first]);
    // a claimed first and failed (then b, starting later, may already have retried it), or b
    // claimed first and succeeded: never more than one successful run.
    expect(succeeded.length).toBeLessThanOrEqual(1);
    await Promise.all([ja.runDue(), jb.runDue()]);
    await Promise.all([ja.runDue(), jb.runDue()]);
    const runs = await listJobRuns(a.ctx.db, 'test-daily');
    expect(runs).toEqual([expect.objectContaining({ day: '2031-03-10', outcome: 'ok' })]);
    expect(ran.length).toBeLessThanOrEqual(2);
    expect(succeeded).toHaveLength(1);
    const afterFirstDay = ran.length;
    failOnce = false; // if b won day one, a has not failed yet: day two must run cleanly whoever claims it
    clock = new Date('2031-03-11T02:00:00.000Z');
    const [ra, rb] = await Promise.all([ja.runDue(), jb.runDue()]);
    expect([...ra, ...rb]).toEqual(['test-daily']);
    expect(ran).toHaveLength(afterFirstDay + 1);
    ja.stop();
    jb.stop();
  });
});
