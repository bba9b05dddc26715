import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { renderLabelSheet } from '../../src/documents/label-sheet-pdf.js';
import { qrMatrix } from '../../src/documents/qr-vector.js';
import { prepareLabelSheet, prepareStampCodes } from '../../src/services/stamps/label-sheet.js';
import { demoProduct, issueBatch, openBenchRuntime } from '../lib/bench-runtime.js';

// Label PDF: N labels (default 10,000) of one issued batch through the label-sheet service and
// the streamed renderer, against the baseline of encoding the same N QR codes alone. RSS is
// sampled every 20 ms while the sheet renders: streamed means max − start stays small.
// Run alone: OCOP_DATA_DIR=$(mktemp -d) npx tsx bench/jobs/label-sheet.ts [N] [layout]

const quantity = Number(process.argv[2] ?? 10_000);
const layoutId = process.argv[3] ?? 'a4-5x13';
const rounds = Number(process.argv[4] ?? 3);
const rt = await openBenchRuntime({ demo: true });
const product = await demoProduct(rt);
const batchId = await issueBatch(rt, { productId: product.id, quantity, lotId: product.lotId });
const dir = mkdtempSync(join(tmpdir(), 'ocop-labels-'));

async function qrOnly(): Promise<number> {
  const codes = await prepareStampCodes(rt.ctx, { actor: SYSTEM_ACTOR, batchId }, 'codes');
  const urls: string[] = [];
  for await (const label of codes.labels) urls.push(label.url);
  const started = performance.now();
  let modules = 0;
  for (const url of urls) modules += qrMatrix(url).size;
  if (modules === 0) throw new Error('no QR codes');
  return (performance.now() - started) / 1000;
}

async function sheet(): Promise<{ seconds: number; labels: number; pages: number; bytes: number; startRssMb: number; maxRssMb: number }> {
  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  let maxRss = startRss;
  const sampler = setInterval(() => { maxRss = Math.max(maxRss, process.memoryUsage().rss); }, 20);
  const started = performance.now();
  const job = await prepareLabelSheet(rt.ctx, { actor: SYSTEM_ACTOR, batchId, layout: layoutId });
  const file = join(dir, 'labels.pdf');
  const summary = await renderLabelSheet(job.layout, job.labels, createWriteStream(file), { title: job.title });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { seconds, labels: summary.labels, pages: summary.pages, bytes: statSync(file).size, startRssMb: startRss / 1048576, maxRssMb: maxRss / 1048576 };
}

const results = [];
for (let r = 0; r < rounds; r += 1) {
  const baselineSeconds = await qrOnly();
  const s = await sheet();
  process.stderr.write(`progress: round ${r + 1}: ${s.labels} labels in ${s.seconds.toFixed(1)} s, QR alone ${baselineSeconds.toFixed(1)} s, RSS +${(s.maxRssMb - s.startRssMb).toFixed(0)} MB\n`);
  results.push({ ...s, baselineSeconds });
}
await rt.database.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ layout: layoutId, quantity, rounds: results })}\n`);
