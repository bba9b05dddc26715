import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeEvents } from '../src/db/repositories/epcis-events.js';
import type { ServiceContext } from '../src/services/context.js';
import { type EpcisClient, type Problem, capture, epcisClient, epcisDocument, fiveEventTypes } from './fixtures/epcis/helpers.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// GET /epcis/events over a real server: each standard parameter and combinations return exactly
// the expected events, keyset pages neither repeat nor skip events (also while events are being
// inserted), identifier formats follow GS1-EPC-Format, and readers see only what they may.

type QueryDoc = { type: string; epcisBody: { queryResults: { resultsBody: { eventList: Array<Record<string, unknown>> } } } };

const GTIN_A = '08931234000011';
const GTIN_B = '08931234000028';
const N = 24;

/** Event i of the seeded set: every field varies with i so each filter selects a known subset. */
type Spec = { i: number; type: string; hour: number; action: string; bizStep: string; disposition: string; rp: number; gtin: string; lot: number; quantity: number };

const specs: Spec[] = Array.from({ length: N }, (_, i) => ({
  i, type: i % 6 === 5 ? 'AggregationEvent' : 'ObjectEvent', hour: Math.floor(i / 3), action: ['ADD', 'OBSERVE', 'DELETE'][i % 3] ?? 'ADD',
  bizStep: ['shipping', 'receiving', 'packing', 'commissioning'][i % 4] ?? 'shipping', disposition: i % 2 === 0 ? 'in_transit' : 'active',
  rp: i % 3, gtin: i % 2 === 0 ? GTIN_A : GTIN_B, lot: i % 3, quantity: i,
}));

const sgln = (n: number) => `urn:epc:id:sgln:8931234.0000${n}.0`;
const serialUri = (s: Spec) => `https://id.gs1.org/01/${s.gtin}/21/Q${s.i}`;
const sscc = (i: number) => `urn:epc:id:sscc:8931234.${String(i).padStart(10, '0')}`;

function eventOf(s: Spec): Record<string, unknown> {
  const common = {
    type: s.type, eventTime: `2030-01-01T${String(s.hour).padStart(2, '0')}:00:00.000+00:00`, eventTimeZoneOffset: '+07:00', action: s.action,
    bizStep: s.bizStep, disposition: s.disposition, readPoint: { id: sgln(s.rp) }, bizLocation: { id: sgln(s.rp + 5) },
  };
  const quantity = [{ epcClass: `urn:epc:class:lgtin:8931234.000001.L${s.lot}`, quantity: s.quantity, uom: 'KGM' }];
  return s.type === 'AggregationEvent'
    ? { ...common, parentID: sscc(s.i), childEPCs: [serialUri(s)], childQuantityList: quantity }
    : { ...common, epcList: [serialUri(s)], quantityList: quantity };
}

let srv: TestServer;
let ctx: ServiceContext;
let officer: EpcisClient;

const serialOf = (e: Record<string, unknown>): string => {
  const ids = [...(Array.isArray(e.epcList) ? e.epcList : []), ...(Array.isArray(e.childEPCs) ? e.childEPCs : [])].map(String);
  return ids.map((id) => /\/21\/(Q\d+)$/.exec(id)?.[1] ?? /\.(Q\d+)$/.exec(id)?.[1]).find((x) => x !== undefined) ?? '?';
};

async function query(client: EpcisClient, params: string, headers: Record<string, string> = {}) {
  const res = await client.req('GET', `/epcis/events?${params}`, undefined, headers);
  const body = (await res.json()) as QueryDoc;
  return { res, events: res.ok ? body.epcisBody.queryResults.resultsBody.eventList : [], body };
}

/** Serials returned for a query restricted to the seeded window, all pages. */
async function serials(params: string): Promise<string[]> {
  const window = params.includes('GE_eventTime') ? '' : 'GE_eventTime=2030-01-01T00:00:00Z&';
  const { res, events } = await query(officer, `${window}perPage=500&${params}`);
  expect(res.status, params).toBe(200);
  return events.map(serialOf).sort();
}

const expected = (pred: (s: Spec) => boolean): string[] => specs.filter(pred).map((s) => `Q${s.i}`).sort();

beforeAll(async () => {
  srv = await startTestServer();
  ctx = srv.server.runtime.ctx;
  officer = await epcisClient(srv.url, ctx, 'officer');
  const { job } = await capture(officer, epcisDocument(specs.map(eventOf)));
  expect(job).toMatchObject({ success: true, storedCount: N });
});
afterAll(async () => srv.close());

describe('event query filters', () => {
  it('answers an EPCISQueryDocument with the GS1 headers', async () => {
    const { res, body } = await query(officer, 'GE_eventTime=2030-01-01T00:00:00Z');
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    expect(res.headers.get('gs1-epcis-version')).toBe('2.0.0');
    expect(body.type).toBe('EPCISQueryDocument');
  });

  it('filters by type, time, action, bizStep, disposition and location', async () => {
    expect(await serials('eventType=AggregationEvent')).toEqual(expected((s) => s.type === 'AggregationEvent'));
    expect(await serials('LT_eventTime=2030-01-01T03:00:00.000Z&GE_eventTime=2030-01-01T01:00:00Z')).toEqual(expected((s) => s.hour >= 1 && s.hour < 3));
    expect(await serials('LT_eventTime=2030-01-01T10:00:00.000%2B07:00')).toEqual(expected((s) => s.hour < 3));
    expect(await serials('EQ_action=ADD|DELETE&EQ_bizStep=shipping')).toEqual(expected((s) => s.action !== 'OBSERVE' && s.bizStep === 'shipping'));
    expect(await serials('EQ_disposition=in_transit')).toEqual(expected((s) => s.disposition === 'in_transit'));
    expect(await serials('EQ_disposition=https://ref.gs1.org/cbv/Disp-in_transit')).toEqual(expected((s) => s.disposition === 'in_transit'));
    expect(await serials(`EQ_readPoint=${sgln(1)}`)).toEqual(expected((s) => s.rp === 1));
    expect(await serials('EQ_readPoint=https://example.org/414/8931234000004')).toEqual(expected((s) => s.rp === 0));
    expect(await serials(`EQ_bizLocation=${sgln(7)}`)).toEqual(expected((s) => s.rp === 2));
    expect(await serials('GE_recordTime=2000-01-01T00:00:00Z&LT_recordTime=2000-01-02T00:00:00Z')).toEqual([]);
  });

  it('matches identifiers in URN or Digital Link form, and class-level patterns', async () => {
    expect(await serials('MATCH_epc=urn:epc:id:sgtin:8931234.000002.Q3')).toEqual(['Q3']);
    expect(await serials(`MATCH_epc=https://shop.example/01/${GTIN_A}/10/x/21/Q4|urn:epc:id:sgtin:8931234.000002.Q5`)).toEqual(['Q4', 'Q5']);
    expect(await serials('MATCH_epc=urn:epc:idpat:sgtin:8931234.000001.*')).toEqual(expected((s) => s.gtin === GTIN_A));
    expect(await serials(`MATCH_anyEPC=${sscc(11)}`)).toEqual(['Q11']);
    expect(await serials(`MATCH_parentID=${sscc(5)}|${sscc(17)}`)).toEqual(['Q17', 'Q5'].sort());
    expect(await serials(`MATCH_epc=${sscc(5)}`)).toEqual([]);
    expect(await serials('MATCH_epcClass=urn:epc:class:lgtin:8931234.000001.L1')).toEqual(expected((s) => s.lot === 1));
  });

  it('filters by quantity and by combinations', async () => {
    expect(await serials('GE_quantity=10&LT_quantity=15')).toEqual(expected((s) => s.quantity >= 10 && s.quantity < 15));
    expect(await serials('EQ_quantity=7')).toEqual(['Q7']);
    expect(await serials('GT_quantity=20')).toEqual(expected((s) => s.quantity > 20));
    expect(await serials('LE_quantity=2')).toEqual(['Q0', 'Q1', 'Q2']);
    expect(await serials('eventType=ObjectEvent&EQ_bizStep=receiving|packing&GE_quantity=5&EQ_disposition=active'))
      .toEqual(expected((s) => s.type === 'ObjectEvent' && ['receiving', 'packing'].includes(s.bizStep) && s.quantity >= 5 && s.disposition === 'active'));
    expect(await serials(`MATCH_epcClass=urn:epc:class:lgtin:8931234.000001.L0&EQ_readPoint=${sgln(0)}&EQ_action=ADD`))
      .toEqual(expected((s) => s.lot === 0 && s.rp === 0 && s.action === 'ADD'));
  });

  it('refuses unknown and malformed parameters with problem+json', async () => {
    for (const [params, path] of [['EQ_bizstep=shipping', 'querystring.EQ_bizstep'], ['GE_eventTime=yesterday', 'querystring.GE_eventTime'],
      ['EQ_action=CREATE', 'querystring.EQ_action'], ['GE_quantity=many', 'querystring.GE_quantity'], ['perPage=0', 'querystring.perPage'],
      ['nextPageToken=nonsense', 'querystring.nextPageToken']] as const) {
      const res = await officer.req('GET', `/epcis/events?${params}`);
      expect(res.status, params).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('gs1-epcis-version')).toBe('2.0.0');
      const problem = (await res.json()) as Problem;
      expect(problem.errors?.map((e) => e.path), params).toContain(path);
    }
  });
});

async function walk(client: EpcisClient, params: string, between?: (page: number) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let next: string | undefined = `/epcis/events?GE_eventTime=2030-01-01T00:00:00Z&LT_eventTime=2030-01-02T00:00:00Z&${params}`;
  for (let page = 0; next !== undefined && page < 100; page += 1) {
    const res = await client.req('GET', next);
    expect(res.status).toBe(200);
    const body = (await res.json()) as QueryDoc;
    seen.push(...body.epcisBody.queryResults.resultsBody.eventList.map(serialOf));
    next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    if (between !== undefined) await between(page);
  }
  return seen;
}

describe('pagination', () => {
  it('pages through every event once, in order, for each ordering', async () => {
    const all = expected(() => true);
    for (const order of ['orderBy=eventTime&orderDirection=ASC', 'orderBy=eventTime&orderDirection=DESC', 'orderBy=recordTime&orderDirection=ASC', '']) {
      const seen = await walk(officer, `perPage=5&${order}`);
      expect([...seen].sort(), order).toEqual(all);
    }
    const asc = await walk(officer, 'perPage=4&orderDirection=ASC');
    const hours = asc.map((q) => specs[Number(q.slice(1))]?.hour ?? -1);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
  });

  it('neither repeats nor skips events while others are inserted between pages', async () => {
    const extra = (page: number) => specs.slice(0, 3).map((s) => ({ ...eventOf({ ...s, i: 100 + page * 3 + s.i }), eventTime: `2030-01-01T0${page % 8}:30:00.000Z` }));
    for (const order of ['orderDirection=ASC', 'orderDirection=DESC']) {
      const seen = await walk(officer, `perPage=5&${order}`, async (page) => {
        if (page < 3) expect((await capture(officer, epcisDocument(extra(page + (order.endsWith('ASC') ? 0 : 10))))).job.success).toBe(true);
      });
      expect(new Set(seen).size, order).toBe(seen.length);
      const originals = seen.filter((q) => Number(q.slice(1)) < N).sort();
      expect(originals, order).toEqual(expected(() => true));
    }
  });
});

describe('identifier formats and single events', () => {
  it('answers Digital Links by default and EPC URNs on request', async () => {
    const dl = await query(officer, 'MATCH_epc=urn:epc:id:sgtin:8931234.000002.Q3');
    expect(dl.events[0]?.epcList).toEqual([`https://id.gs1.org/01/${GTIN_B}/21/Q3`]);
    expect(dl.events[0]?.readPoint).toEqual({ id: 'https://id.gs1.org/414/8931234000004' });
    const urn = await query(officer, 'MATCH_epc=urn:epc:id:sgtin:8931234.000002.Q3', { 'GS1-EPC-Format': 'Always_EPC_URN' });
    expect(urn.res.headers.get('gs1-epc-format')).toBe('Always_EPC_URN');
    expect(urn.events[0]?.epcList).toEqual(['urn:epc:id:sgtin:8931234.000002.Q3']);
    expect(urn.events[0]?.quantityList).toEqual([{ epcClass: 'urn:epc:class:lgtin:8931234.000001.L0', quantity: 3, uom: 'KGM' }]);
  });

  it('serves one event by its URL-encoded eventID', async () => {
    const { events } = await query(officer, 'MATCH_epc=urn:epc:id:sgtin:8931234.000002.Q3');
    const id = String(events[0]?.eventID);
    expect(id).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
    const res = await officer.req('GET', `/epcis/events/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ eventID: id, type: 'ObjectEvent', epcList: [`https://id.gs1.org/01/${GTIN_B}/21/Q3`] });
    expect((await officer.req('GET', `/epcis/events/${encodeURIComponent('urn:uuid:00000000-0000-0000-0000-000000000000')}`)).status).toBe(404);
  });

  it('round-trips the five event types', async () => {
    await capture(officer, epcisDocument(fiveEventTypes('RT')));
    const { events } = await query(officer, 'GE_eventTime=2026-11-20T00:00:00Z&LT_eventTime=2026-11-21T00:00:00Z&MATCH_anyEPC=https://id.gs1.org/01/08931234000011/21/RT1|https://id.gs1.org/01/08931234000011/21/RT2|urn:epc:id:grai:8931234.00001.R1&perPage=50');
    expect(events.map((e) => e.type).sort()).toEqual(['AggregationEvent', 'AssociationEvent', 'ObjectEvent', 'TransformationEvent']);
    const tx = await query(officer, 'eventType=TransactionEvent&MATCH_epcClass=urn:epc:class:lgtin:8931234.000001.L7');
    expect(tx.events.length).toBeGreaterThanOrEqual(1);
  });
});

describe('who may read', () => {
  it('refuses anonymous readers and council members', async () => {
    const anonymous = await epcisClient(srv.url, null, null);
    expect((await query(anonymous, '')).res.status).toBe(401);
    expect((await anonymous.req('GET', '/epcis/events/x')).status).toBe(401);
    expect((await query(await epcisClient(srv.url, ctx, 'council1'), '')).res.status).toBe(403);
  });

  it('shows producers their own events and platform events of their lots only', async () => {
    const producer = await epcisClient(srv.url, ctx, 'producer');
    const producer2 = await epcisClient(srv.url, ctx, 'producer2');
    const commune = await epcisClient(srv.url, ctx, 'commune');
    const mine = fiveEventTypes('PA').slice(0, 1);
    const { job } = await capture(producer, epcisDocument(mine));
    expect(job.storedCount).toBe(1);
    const q = 'MATCH_epc=https://id.gs1.org/01/08931234000011/21/PA1';
    expect((await query(producer, q)).events).toHaveLength(1);
    expect((await query(producer2, q)).events).toHaveLength(0);
    expect((await query(commune, q)).events).toHaveLength(1); // the producer is in the commune's unit
    expect((await query(officer, q)).events).toHaveLength(1);
    const id = String((await query(producer, q)).events[0]?.eventID);
    expect((await producer2.req('GET', `/epcis/events/${encodeURIComponent(id)}`)).status).toBe(404);
    expect((await query(producer2, 'GE_eventTime=2030-01-01T00:00:00Z')).events).toHaveLength(0);

    // A platform event about producer2's lot: producer2 reads it, producer and the commune do not.
    const p2 = await ctx.db.selectFrom('app_user').select('producer_id').where('username', '=', 'producer2').executeTakeFirstOrThrow();
    const product = await ctx.db.selectFrom('product').select('id').where('producer_id', '=', p2.producer_id ?? -1).executeTakeFirstOrThrow();
    const lot = await ctx.db.insertInto('lot').values({
      product_id: product.id, producer_id: p2.producer_id ?? -1, code: 'EPCIS-LOT', production_date: '2026-11-01', quality_certificates: '[]',
      created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z',
    }).returning('id').executeTakeFirstOrThrow();
    const platform = { ...fiveEventTypes('PL')[0], epcList: ['https://id.gs1.org/01/08931234000011/21/PL9'] };
    const stored = await storeEvents(ctx.db, [{ event: platform, lotId: lot.id }], { source: 'platform', recordTime: new Date().toISOString() });
    expect(stored).toMatchObject({ stored: 1, duplicates: 0 });
    const pq = 'MATCH_epc=https://id.gs1.org/01/08931234000011/21/PL9';
    expect((await query(producer2, pq)).events).toHaveLength(1);
    expect((await query(producer, pq)).events).toHaveLength(0);
    expect((await query(commune, pq)).events).toHaveLength(0);
  });
});
