import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/roles.js';
import { taxCodeProblem } from '../src/domain/tax-code.js';
import { updateProducer } from '../src/services/producers/update-producer.js';
import { prepareProducerExport, prepareProductExport } from '../src/services/registry-io/export-registry.js';
import { importRegistry } from '../src/services/registry-io/import-registry.js';
import { DEMO_REGISTER_FILE } from '../src/services/setup/load-demo-register.js';
import { seedDemo } from '../src/services/setup/seed-demo.js';
import { exportBytes } from './fixtures/export-buffer.js';
import { validTaxCodes } from './fixtures/registry-client.js';
import { sheetValues } from './fixtures/workbook.js';
import { TEST_PASSWORD, type TestRuntime, createTestRuntime } from './helpers/runtime.js';

// Export the demo register, import it into an empty database, export again: identical. Uses the
// real demo register when src/rules/demo/register.json exists, else the fixture in the same format.

const REGISTER = existsSync(DEMO_REGISTER_FILE) ? DEMO_REGISTER_FILE : new URL('./fixtures/register.json', import.meta.url);

let source: TestRuntime;
let target: TestRuntime;

async function exportAll(rt: TestRuntime) {
  const args = { actor: SYSTEM_ACTOR, query: {} };
  return {
    producersXlsx: await exportBytes(await prepareProducerExport(rt.ctx, { ...args, format: 'xlsx' })),
    productsXlsx: await exportBytes(await prepareProductExport(rt.ctx, { ...args, format: 'xlsx' })),
    producersCsv: (await exportBytes(await prepareProducerExport(rt.ctx, { ...args, format: 'csv' }))).toString('utf8'),
    productsCsv: (await exportBytes(await prepareProductExport(rt.ctx, { ...args, format: 'csv' }))).toString('utf8'),
  };
}

// The demo register keeps the foundation's historical tax codes, some of which fail the mod-11
// check that every import applies; they are corrected first, as an office would before migrating.
async function correctLegacyTaxCodes(rt: TestRuntime): Promise<number> {
  const rows = await rt.ctx.db.selectFrom('producer').select(['id', 'tax_code']).where('tax_code', 'is not', null).execute();
  const legacy = rows.filter((r) => r.tax_code !== null && taxCodeProblem(r.tax_code) !== undefined);
  const fresh = validTaxCodes('570999', legacy.length);
  for (const [i, r] of legacy.entries()) await updateProducer(rt.ctx, { actor: SYSTEM_ACTOR, producerId: r.id, input: { taxCode: fresh[i]! } });
  return legacy.length;
}

const childRows = async (rt: TestRuntime) => ({
  certificates: Number((await rt.ctx.db.selectFrom('product_certificate').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  salesPoints: Number((await rt.ctx.db.selectFrom('product_sales_point').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
});

beforeAll(async () => {
  source = await createTestRuntime({ demo: false });
  await seedDemo(source.ctx, { password: TEST_PASSWORD, registerFile: REGISTER });
  await correctLegacyTaxCodes(source);
  target = await createTestRuntime({ demo: false });
});
afterAll(async () => {
  await source.close();
  await target.close();
});

describe('register round trip', () => {
  it('export → import into an empty database → export gives identical files', async () => {
    const first = await exportAll(source);
    expect(first.producersCsv.split('\r\n').length).toBeGreaterThan(3);
    for (const bytes of [first.producersXlsx, first.productsXlsx]) {
      const report = await importRegistry(target.ctx, { actor: SYSTEM_ACTOR, bytes, mode: 'all' });
      expect(report.errorCount).toBe(0);
    }
    const second = await exportAll(target);
    expect(second.producersCsv).toBe(first.producersCsv);
    expect(second.productsCsv).toBe(first.productsCsv);
    expect(await sheetValues(second.producersXlsx)).toEqual(await sheetValues(first.producersXlsx));
    const sheets = await sheetValues(first.productsXlsx);
    expect(Object.keys(sheets)).toEqual(['Sản phẩm', 'Chứng nhận chất lượng', 'Điểm bán']);
    expect(await sheetValues(second.productsXlsx)).toEqual(sheets);
    const counts = await childRows(source);
    expect(counts.certificates).toBeGreaterThan(100);
    expect(counts.salesPoints).toBeGreaterThan(100);
    expect(await childRows(target)).toEqual(counts);
    const again = await importRegistry(target.ctx, { actor: SYSTEM_ACTOR, bytes: second.productsXlsx, mode: 'all' });
    expect(again.products).toMatchObject({ created: 0, updated: 0 });
  });
});
