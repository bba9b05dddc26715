import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampUri } from '../../src/domain/stamps/digital-link.js';
import { DEMO_GTIN, DEMO_LOT, demoProduct, issueBatch, openBenchRuntime } from '../lib/bench-runtime.js';

// Prepares the database the HTTP figures run against: demo data plus one lot-bound batch of
// real codes issued by the issuing job, and one file of request paths per figure so every
// request names a real serial. Run: tsx bench/http/prepare.ts <quantity> <out dir>

const quantity = Number(process.argv[2] ?? 20_000);
const outDir = process.argv[3] ?? '.';
const rt = await openBenchRuntime({ demo: true });
const product = await demoProduct(rt);
const batchId = await issueBatch(rt, { productId: product.id, quantity, lotId: product.lotId });
const rows = await rt.ctx.db.selectFrom('stamp').select('serial').where('batch_id', '=', batchId).orderBy('position').execute();
const pathOf = (serial: string) => {
  const u = new URL(stampUri('http://bench.invalid', { serial, gtin: DEMO_GTIN, lot: DEMO_LOT }));
  return `${u.pathname}${u.search}`;
};
mkdirSync(outDir, { recursive: true });
const files = {
  verifyHtml: join(outDir, 'verify-html.txt'),
  verifyJson: join(outDir, 'verify-json.txt'),
  resolver: join(outDir, 'resolver.txt'),
  linkset: join(outDir, 'linkset.txt'),
};
writeFileSync(files.verifyHtml, rows.map((r) => `/v/${r.serial}`).join('\n'));
writeFileSync(files.verifyJson, rows.map((r) => `/api/v1/public/verify/${r.serial}`).join('\n'));
writeFileSync(files.resolver, rows.map((r) => pathOf(r.serial)).join('\n'));
writeFileSync(files.linkset, rows.map((r) => `${pathOf(r.serial)}?linkType=linkset`).join('\n'));
await rt.database.close();
process.stdout.write(`${JSON.stringify({ codes: rows.length, files })}\n`);
