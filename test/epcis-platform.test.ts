import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigitalLink } from '../src/domain/stamps/digital-link.js';
import { recordBatchIssued } from '../src/services/epcis/platform-stamps.js';
import { issueNextChunk } from '../src/services/stamps/issue-chunk.js';
import { findBatch } from '../src/db/repositories/stamp-batches.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Batch, type Product, certifiedProduct, issueBatch, myProducerId, serialsOf } from './stamps-fixtures.js';

// The platform's own EPCIS events, on both engines: issuing a batch stores one commissioning
// event (counted by class, linked to the batch), binding codes to a lot an AssociationEvent,
// voiding a decommissioning event; a province officer finds them all through GET /epcis/events.

type EpcisDoc = { epcisBody: { queryResults: { resultsBody: { eventList: Record<string, unknown>[] } } } };

let srv: TestServer;
let officer: Client;
let producer: Client;
let product: Product;
let batch: Batch;
let serials: string[];
let lot: { id: number; code: string };

const ctx = () => srv.server.runtime.ctx;
const rowsOf = (where: { batchId?: number; lotId?: number }) => {
  let q = ctx().db.selectFrom('epcis_event').selectAll().orderBy('id');
  if (where.batchId !== undefined) q = q.where('stamp_batch_id', '=', where.batchId);
  if (where.lotId !== undefined) q = q.where('lot_id', '=', where.lotId);
  return q.execute();
};
const json = (row: { event_json: string }) => JSON.parse(row.event_json) as Record<string, unknown>;
const events = async (query: string) => {
  const res = await officer.json<EpcisDoc>('GET', `/epcis/events?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.epcisBody.queryResults.resultsBody.eventList;
};

beforeAll(async () => {
  srv = await startTestServer();
  officer = await clientFor(srv.url, ctx(), 'officer');
  producer = await clientFor(srv.url, ctx(), 'producer');
  product = await certifiedProduct(producer, await myProducerId(producer), true);
  batch = await issueBatch(producer, officer, { productId: product.id, quantity: 40, type: 'qr_label' });
  serials = await serialsOf(ctx(), batch.id);
  const created = await producer.json<{ id: number; code: string }>('POST', '/api/v1/lots', { productId: product.id, code: 'EPC-2611', productionDate: '2026-11-02', expiryDate: '2027-11-01' });
  expect(created.status).toBe(201);
  lot = created.body;
});
afterAll(async () => srv.close());

describe('platform events', () => {
  it('issuing a batch stores one commissioning event, counted by the product class', async () => {
    const rows = await rowsOf({ batchId: batch.id });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ event_type: 'ObjectEvent', action: 'ADD', biz_step: 'commissioning', disposition: 'active', source: 'platform', lot_id: null, producer_id: product.producerId });
    expect(json(row!).quantityList).toEqual([{ epcClass: buildDigitalLink(ctx().publicUrl, { gtin: product.gtin! }), quantity: 40 }]);
    // The job finding the batch issued does nothing more; writing the same event again is a duplicate.
    expect(await issueNextChunk(ctx(), { batchId: batch.id, chunkSize: 100 })).toBe('idle');
    const issued = await findBatch(ctx().db, batch.id);
    await recordBatchIssued(ctx().db, ctx().publicUrl, issued!, issued!.issued_at!);
    expect(await rowsOf({ batchId: batch.id })).toHaveLength(1);
  });

  it('binding codes to a lot is an AssociationEvent: listed serials, or a counted label range', async () => {
    const listed = await producer.json('POST', `/api/v1/lots/${lot.id}/stamps`, { serials: serials.slice(0, 3).map((s) => s.toLowerCase()) });
    expect(listed.status).toBe(200);
    const ranged = await producer.json('POST', `/api/v1/lots/${lot.id}/stamps`, { batchId: batch.id, fromPosition: 3, toPosition: 20 });
    expect(ranged.body).toMatchObject({ bound: 17, skipped: 1 });
    const rows = (await rowsOf({ lotId: lot.id })).filter((r) => r.event_type === 'AssociationEvent');
    expect(rows).toHaveLength(2);
    const lgtin = buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, lot: lot.code });
    const first = json(rows[0]!);
    expect(first).toMatchObject({ action: 'ADD', parentID: lgtin, bizStep: 'https://ocop.gov.vn/voc/bizstep/binding' });
    expect([...(first.childEPCs as string[])].sort()).toEqual(serials.slice(0, 3).map((s) => buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, serial: s })).sort());
    expect(json(rows[1]!)).toMatchObject({ parentID: lgtin, childQuantityList: [{ quantity: 17 }], 'https://ocop.gov.vn/voc/labelRange': '3-20' });
    expect(rows[1]!.stamp_batch_id).toBe(batch.id);
  });

  it('voiding is a decommissioning event: destroyed when spoilt, inactive when lost', async () => {
    expect((await producer.json('POST', '/api/v1/stamps/void', { selection: { serials: [serials[0]] }, reason: 'damaged' })).status).toBe(200);
    expect((await producer.json('POST', '/api/v1/stamps/void', { selection: { batchId: batch.id, fromPosition: 30, toPosition: 34 }, reason: 'lost' })).status).toBe(200);
    const rows = (await rowsOf({ batchId: batch.id })).filter((r) => r.biz_step === 'decommissioning');
    expect(rows.map((r) => [r.action, r.disposition])).toEqual([['DELETE', 'destroyed'], ['DELETE', 'inactive']]);
    expect(json(rows[0]!).epcList).toEqual([buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, serial: serials[0]! })]);
    expect(json(rows[1]!).quantityList).toEqual([{ epcClass: buildDigitalLink(ctx().publicUrl, { gtin: product.gtin! }), quantity: 5 }]);
  });

  it('a province officer finds them through GET /epcis/events', async () => {
    const epc = buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, serial: serials[1]! });
    const about = await events(`MATCH_anyEPC=${encodeURIComponent(epc)}`);
    expect(about.map((e) => e.type)).toContain('AssociationEvent');
    // The label's own URL (with /10/{lot}, as the resolver's gs1:epcis link passes it) names the same item.
    const printed = buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, lot: lot.code, serial: serials[1]! });
    expect((await events(`MATCH_anyEPC=${encodeURIComponent(printed)}`)).map((e) => e.type)).toContain('AssociationEvent');
    expect((await events('EQ_bizStep=commissioning')).length).toBeGreaterThanOrEqual(1);
    const voids = await events('EQ_bizStep=decommissioning');
    expect(voids.map((e) => e.disposition)).toEqual(expect.arrayContaining(['destroyed', 'inactive']));
    const classEvents = await events(`MATCH_epcClass=${encodeURIComponent(buildDigitalLink(ctx().publicUrl, { gtin: product.gtin!, lot: lot.code }))}`);
    expect(Array.isArray(classEvents)).toBe(true);
  });
});
