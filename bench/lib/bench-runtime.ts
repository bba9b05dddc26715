import { loadConfig } from '../../src/config/config.js';
import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { type Runtime, openRuntime } from '../../src/server/runtime.js';
import { seedDemo } from '../../src/services/setup/seed-demo.js';
import { approveStampBatch } from '../../src/services/stamps/approve-stamp-batch.js';
import { createIssueRunner } from '../../src/services/stamps/issue-runner.js';
import { requestStampBatch } from '../../src/services/stamps/request-stamp-batch.js';

// Opening the platform's runtime inside a benchmark child process (configuration from the
// environment the harness sets: OCOP_DATA_DIR, DATABASE_URL, OCOP_SECRET) and issuing codes
// through the real request → approve → issuing-job path.

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0000';
export const DEMO_GTIN = '08939783400016';
export const DEMO_LOT = 'DG-2611';

export async function openBenchRuntime(opts: { demo: boolean }): Promise<Runtime> {
  const config = loadConfig({ ...process.env, OCOP_SECRET: process.env.OCOP_SECRET ?? BENCH_SECRET, LOG_LEVEL: 'silent' });
  const rt = await openRuntime(config, { migrate: true, warn: () => undefined });
  if (opts.demo) await seedDemo(rt.ctx, { password: 'bench-password' });
  return rt;
}

export async function demoProduct(rt: Runtime): Promise<{ id: number; lotId: number }> {
  const product = await rt.ctx.db.selectFrom('product').select('id').where('gtin', '=', DEMO_GTIN).executeTakeFirstOrThrow();
  const lot = await rt.ctx.db.selectFrom('lot').select('id').where('product_id', '=', product.id).where('code', '=', DEMO_LOT).executeTakeFirstOrThrow();
  return { id: product.id, lotId: lot.id };
}

/** Requests, approves and issues a batch with the real issuing job; resolves when it is issued. */
export async function issueBatch(rt: Runtime, opts: { productId: number; quantity: number; lotId?: number; onProgress?: (written: number) => void }): Promise<number> {
  const input = { productId: opts.productId, quantity: opts.quantity, type: 'qr_label' as const, ...(opts.lotId === undefined ? {} : { lotId: opts.lotId }) };
  const batch = await requestStampBatch(rt.ctx, { actor: SYSTEM_ACTOR, input });
  await approveStampBatch(rt.ctx, { actor: SYSTEM_ACTOR, batchId: batch.id });
  const runner = createIssueRunner(rt.ctx, { pollMs: 50, log: (m, e) => process.stderr.write(`${m} ${String(e)}\n`) });
  runner.start();
  try {
    for (;;) {
      const row = await rt.ctx.db.selectFrom('stamp_batch').select(['status', 'written']).where('id', '=', batch.id).executeTakeFirstOrThrow();
      if (row.status === 'issued') return batch.id;
      opts.onProgress?.(row.written);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await runner.stop();
  }
}
