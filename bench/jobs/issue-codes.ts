import { monitorEventLoopDelay } from 'node:perf_hooks';
import { demoProduct, issueBatch, openBenchRuntime } from '../lib/bench-runtime.js';

// Issues one batch of N codes (default 1,000,000) through the real request → approve →
// issuing-job path on the database the environment names, and prints time, rows, peak RSS
// and the worst event-loop stall (what a verify request would wait behind) as JSON.
// Run alone: OCOP_DATA_DIR=$(mktemp -d) npx tsx bench/jobs/issue-codes.ts [N]

const quantity = Number(process.argv[2] ?? 1_000_000);
const rt = await openBenchRuntime({ demo: true });
const product = await demoProduct(rt);
const startRss = process.memoryUsage().rss;
const stall = monitorEventLoopDelay({ resolution: 10 });
stall.enable();
const started = performance.now();
let shown = 0;
await issueBatch(rt, {
  productId: product.id, quantity,
  onProgress: (written) => {
    if (written - shown < quantity / 5) return;
    shown = written;
    process.stderr.write(`progress: issued ${written.toLocaleString('en-US')} of ${quantity.toLocaleString('en-US')}\n`);
  },
});
const seconds = (performance.now() - started) / 1000;
stall.disable();
const count = await rt.ctx.db.selectFrom('stamp').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
await rt.database.close();
process.stdout.write(`${JSON.stringify({
  engine: rt.ctx.engine, quantity, rows: Number(count.n), seconds, perSecond: quantity / seconds,
  startRssMb: startRss / 1048576, peakRssMb: process.resourceUsage().maxRSS / 1024,
  maxEventLoopStallMs: stall.max / 1e6, p99EventLoopStallMs: stall.percentile(99) / 1e6,
})}\n`);
