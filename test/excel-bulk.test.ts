import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/roles.js';
import { prepareProductExport } from '../src/services/registry-io/export-registry.js';
import { importRegistry } from '../src/services/registry-io/import-registry.js';
import { exportBytes } from './fixtures/export-buffer.js';
import { validTaxCodes } from './fixtures/registry-client.js';
import { type Row, workbook } from './fixtures/workbook.js';
import { type TestRuntime, createTestRuntime, testEngineName } from './fixtures/bulk-runtime.js';

// A province-sized import: 5,000 product rows (and their 100 producers) in one workbook, in one
// transaction. The time is printed so it can be compared between engines.

const PRODUCTS = 5000;
const PRODUCERS = 100;
let rt: TestRuntime;

beforeAll(async () => {
  rt = await createTestRuntime({ demo: false });
});
afterAll(async () => rt.close());

describe('bulk import', () => {
  it(`imports ${PRODUCTS} product rows, then re-imports them unchanged`, { timeout: 180_000 }, async () => {
    const codes = validTaxCodes('570144', PRODUCERS);
    const units = ['new-06862', 'new-06970', 'new-06688', 'old-06871'];
    const producers: Row[] = codes.map((taxCode, i) => ({ taxCode, name: `HTX Số lượng lớn ${i + 1}`, type: 'Hợp tác xã', unitId: units[i % units.length]!, 'employees.total': 10 + i }));
    const products: Row[] = Array.from({ length: PRODUCTS }, (_, i) => ({
      producerKey: codes[i % PRODUCERS]!, name: `Sản phẩm thử số ${i + 1}`, setNumber: (i % 26) + 1, status: i % 3 === 0 ? 'Đã công nhận' : 'Ý tưởng',
      star: i % 3 === 0 ? 3 + (i % 3) : null, priceVnd: 10000 + i, rawMaterialAreaHa: (i % 50) / 2,
    }));
    const bytes = await workbook({ producers, products });
    const started = performance.now();
    const report = await importRegistry(rt.ctx, { actor: SYSTEM_ACTOR, bytes, mode: 'all' });
    const importMs = performance.now() - started;
    expect(report.products).toMatchObject({ rows: PRODUCTS, created: PRODUCTS, invalid: 0 });
    const again = performance.now();
    const second = await importRegistry(rt.ctx, { actor: SYSTEM_ACTOR, bytes, mode: 'all' });
    const reimportMs = performance.now() - again;
    expect(second.products).toMatchObject({ created: 0, unchanged: PRODUCTS });
    const exportStart = performance.now();
    const exported = await exportBytes(await prepareProductExport(rt.ctx, { actor: SYSTEM_ACTOR, query: {}, format: 'xlsx' }));
    const exportMs = performance.now() - exportStart;
    expect(exported.length).toBeGreaterThan(100_000);
    console.log(`[bulk ${testEngineName()}] workbook ${(bytes.length / 1024).toFixed(0)} KB; import ${PRODUCTS} products: ${importMs.toFixed(0)} ms; re-import: ${reimportMs.toFixed(0)} ms; xlsx export: ${exportMs.toFixed(0)} ms`);
  });
});
