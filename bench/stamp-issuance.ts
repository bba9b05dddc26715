// Issues one batch of N codes (default 1,000,000) through the real job, on SQLite or, with
// DATABASE_URL, PostgreSQL, and reports time, peak RSS and the worst event-loop stall (what a
// verify request would wait behind). Run: npx tsx bench/stamp-issuance.ts [N] [qr_label|qr_pin] [chunk size]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config/config.js';
import { SYSTEM_ACTOR } from '../src/domain/roles.js';
import { openRuntime } from '../src/server/runtime.js';
import { seedDemo } from '../src/services/setup/seed-demo.js';
import { approveStampBatch } from '../src/services/stamps/approve-stamp-batch.js';
import { createIssueRunner } from '../src/services/stamps/issue-runner.js';
import { requestStampBatch } from '../src/services/stamps/request-stamp-batch.js';

const quantity = Number(process.argv[2] ?? 1_000_000);
const type = process.argv[3] === 'qr_pin' ? 'qr_pin' : 'qr_label';
const dataDir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
const config = loadConfig({ ...process.env, OCOP_DATA_DIR: dataDir, OCOP_SECRET: 'bench-secret-bench-secret-bench-secret-0000', LOG_LEVEL: 'silent' });
const rt = await openRuntime(config, { migrate: true, warn: () => undefined });
await seedDemo(rt.ctx, { password: 'bench-password' });
const product = await rt.ctx.db.selectFrom('product').select('id').where('status', '=', 'certified').orderBy('id').executeTakeFirstOrThrow();
const batch = await requestStampBatch(rt.ctx, { actor: SYSTEM_ACTOR, input: { productId: product.id, quantity, type } });
await approveStampBatch(rt.ctx, { actor: SYSTEM_ACTOR, batchId: batch.id });

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const stall = monitorEventLoopDelay({ resolution: 10 });
stall.enable();
const started = performance.now();
const chunkSize = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const runner = createIssueRunner(rt.ctx, { pollMs: 50, log: (m, e) => console.error(m, e), ...(chunkSize === undefined ? {} : { chunkSize }) });
runner.start();
for (;;) {
  const row = await rt.ctx.db.selectFrom('stamp_batch').select(['status', 'written']).where('id', '=', batch.id).executeTakeFirstOrThrow();
  if (row.status === 'issued') break;
  await new Promise((r) => setTimeout(r, 100));
}
const seconds = (performance.now() - started) / 1000;
await runner.stop();
clearInterval(sampler);
stall.disable();
const count = await rt.ctx.db.selectFrom('stamp').select((eb) => eb.fn.countAll<number>().as('n')).where('batch_id', '=', batch.id).executeTakeFirstOrThrow();
console.log(JSON.stringify({
  engine: rt.ctx.engine, type, quantity, rows: Number(count.n), seconds: Math.round(seconds * 10) / 10, codesPerSecond: Math.round(quantity / seconds),
  peakRssMb: Math.round(peak / 1048576), maxEventLoopStallMs: Math.round(stall.max / 1e6), p99EventLoopStallMs: Math.round(stall.percentile(99) / 1e6),
}));
await rt.database.close();
rmSync(dataDir, { recursive: true, force: true });
