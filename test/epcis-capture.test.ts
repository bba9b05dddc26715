import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../src/services/context.js';
import { type CaptureJob, type EpcisClient, type Problem, capture, epcisClient, epcisDocument, fiveEventTypes, fixture, fixtureNames } from './fixtures/epcis/helpers.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// POST /epcis/capture over a real server: GS1's 47 example documents validate and capture, the
// five event types round-trip, invalid documents get problem+json naming the JSON path, capture is
// idempotent by event hash, rollback/proceed, limits, and who may capture.

let srv: TestServer;
let ctx: ServiceContext;
let officer: EpcisClient;
let producer: EpcisClient;
let producer2: EpcisClient;
let anonymous: EpcisClient;

beforeAll(async () => {
  srv = await startTestServer();
  ctx = srv.server.runtime.ctx;
  officer = await epcisClient(srv.url, ctx, 'officer');
  producer = await epcisClient(srv.url, ctx, 'producer');
  producer2 = await epcisClient(srv.url, ctx, 'producer2');
  anonymous = await epcisClient(srv.url, null, null);
});
afterAll(async () => srv.close());

describe('capture interface', () => {
  it('advertises versions and limits with OPTIONS', async () => {
    const res = await anonymous.req('OPTIONS', '/epcis/capture');
    expect(res.status).toBe(204);
    expect(res.headers.get('gs1-epcis-version')).toBe('2.0.0');
    expect(res.headers.get('gs1-cbv-version')).toBe('2.0.0');
    expect(Number(res.headers.get('gs1-epcis-capture-limit'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('gs1-epcis-capture-file-size-limit'))).toBeGreaterThan(1024);
    expect(res.headers.get('allow')).toContain('POST');
  });

  it('documents the EPCIS routes in the OpenAPI document', async () => {
    const doc = (await (await anonymous.req('GET', '/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/epcis/capture', '/epcis/capture/{captureID}', '/epcis/events', '/epcis/events/{eventID}']));
  });

  it('validates and captures every one of GS1\'s 47 example documents', async () => {
    const names = fixtureNames();
    expect(names).toHaveLength(47);
    for (const name of names) {
      const { res, job } = await capture(officer, fixture(name));
      expect(res.status, `${name}: ${JSON.stringify(job)}`).toBe(202);
      expect(res.headers.get('location')).toBe(`/epcis/capture/${job.captureID}`);
      expect(res.headers.get('gs1-epcis-version')).toBe('2.0.0');
      expect(job, name).toMatchObject({ running: false, success: true, errors: [] });
      expect(job.eventCount, name).toBeGreaterThan(0);
      expect(job.storedCount + job.duplicateCount, name).toBe(job.eventCount);
    }
  });

  it('stores each event once when the same document is sent again', async () => {
    const doc = epcisDocument(fiveEventTypes('IDEM'));
    const first = await capture(officer, doc);
    expect(first.job).toMatchObject({ success: true, eventCount: 5, storedCount: 5, duplicateCount: 0 });
    const again = await capture(officer, doc);
    expect(again.job).toMatchObject({ success: true, eventCount: 5, storedCount: 0, duplicateCount: 5 });
    // The same events with their fields in another order hash to the same ids.
    const reordered = epcisDocument(fiveEventTypes('IDEM').map((e) => Object.fromEntries(Object.entries(e).reverse())));
    expect((await capture(officer, reordered)).job).toMatchObject({ storedCount: 0, duplicateCount: 5 });
    const rows = await ctx.db.selectFrom('epcis_event').select('event_id').where('capture_job_id', '=', Number(first.job.captureID)).execute();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/.test(r.event_id))).toBe(true);
  });

  it('stores a full document once across its write chunks, repeats included', async () => {
    const limit = Number((await anonymous.req('OPTIONS', '/epcis/capture')).headers.get('gs1-epcis-capture-limit'));
    const one = fiveEventTypes('CHUNK')[0] ?? {};
    // Every other event names its eventID, the rest are identified by their hash.
    const events: Record<string, unknown>[] = Array.from({ length: limit }, (_, i) => ({
      ...one, ...(i % 2 === 0 ? { eventID: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}` } : {}),
      epcList: [`https://id.gs1.org/01/08931234000011/21/CHUNK${i}`],
    }));
    const declaration = { declarationTime: '2026-11-21T00:00:00.000Z', reason: 'incorrect_data' };
    // Repeats of earlier events: within the first few events, and far apart (one with an error declaration).
    events[5] = events[3] ?? {};
    events[limit - 2] = events[2] ?? {};
    events[limit - 1] = { ...events[1], errorDeclaration: declaration };
    const first = await capture(officer, epcisDocument(events));
    expect(first.job).toMatchObject({ success: true, eventCount: limit, storedCount: limit - 3, duplicateCount: 3 });
    const again = await capture(officer, epcisDocument(events));
    expect(again.job).toMatchObject({ success: true, eventCount: limit, storedCount: 0, duplicateCount: limit });
    const jobId = Number(first.job.captureID);
    const indexed = await ctx.db.selectFrom('epcis_event_epc').innerJoin('epcis_event', 'epcis_event.id', 'epcis_event_epc.event_row_id')
      .select(['epcis_event_epc.epc', 'epcis_event.event_json']).where('epcis_event.capture_job_id', '=', jobId).execute();
    expect(indexed).toHaveLength(limit - 3);
    // Each identifier row belongs to the event that names it.
    expect(indexed.every((r) => (JSON.parse(r.event_json) as { epcList: string[] }).epcList[0] === r.epc)).toBe(true);
    const res = await officer.json<{ epcisBody: { queryResults: { resultsBody: { eventList: Array<Record<string, unknown>> } } } }>(
      '/epcis/events?MATCH_epc=https://id.gs1.org/01/08931234000011/21/CHUNK1');
    expect(res.body.epcisBody.queryResults.resultsBody.eventList.map((e) => e.errorDeclaration)).toEqual([declaration]);
  });

  it('records an error declaration sent for an already stored event', async () => {
    const original = fiveEventTypes('ERR')[0] ?? {};
    expect((await capture(officer, epcisDocument([original]))).job.storedCount).toBe(1);
    const declaration = { declarationTime: '2026-11-21T00:00:00.000Z', reason: 'incorrect_data' };
    const corrected = await capture(officer, epcisDocument([{ ...original, errorDeclaration: declaration }]));
    expect(corrected.job).toMatchObject({ success: true, storedCount: 0, duplicateCount: 1 });
    const res = await officer.json<{ epcisBody: { queryResults: { resultsBody: { eventList: Array<Record<string, unknown>> } } } }>(
      '/epcis/events?MATCH_epc=https://id.gs1.org/01/08931234000011/21/ERR1');
    const events = res.body.epcisBody.queryResults.resultsBody.eventList;
    expect(events).toHaveLength(1);
    expect(events[0]?.errorDeclaration).toEqual(declaration);
  });

  it('captures a document with all five event types and serves its job', async () => {
    const { res, job } = await capture(officer, epcisDocument(fiveEventTypes('FIVE')));
    expect(res.status).toBe(202);
    const read = await officer.json<CaptureJob>(`/epcis/capture/${job.captureID}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ captureID: job.captureID, running: false, success: true, captureErrorBehaviour: 'rollback', storedCount: 5 });
    const list = await officer.json<CaptureJob[]>('/epcis/capture?perPage=2');
    expect(list.body).toHaveLength(2);
    expect(list.body[0]?.captureID).toBe(job.captureID);
    expect(list.res.headers.get('link')).toMatch(/nextPageToken=\d+>; rel="next"/);
  });
});

describe('invalid documents', () => {
  it('answers problem+json naming the JSON path, and captures nothing', async () => {
    const events = fiveEventTypes('BAD');
    const { eventTime: _dropped, ...noTime } = events[2] ?? {};
    const before = await ctx.db.selectFrom('epcis_capture_job').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await officer.req('POST', '/epcis/capture', epcisDocument([events[0] ?? {}, events[1] ?? {}, noTime]));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.map((e) => e.path)).toContain('body.epcisBody.eventList[2].eventTime');
    const after = await ctx.db.selectFrom('epcis_capture_job').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('names a bad value, a wrong action and a missing body', async () => {
    const bad = fiveEventTypes('BAD2');
    const doc = epcisDocument([{ ...bad[0], action: 'CREATE' }, { ...bad[1], eventTimeZoneOffset: '+25:00' }]);
    const problem = (await (await officer.req('POST', '/epcis/capture', doc)).json()) as Problem;
    const paths = problem.errors?.map((e) => e.path) ?? [];
    expect(paths).toContain('body.epcisBody.eventList[0].action');
    expect(paths).toContain('body.epcisBody.eventList[1].eventTimeZoneOffset');
    const noBody = await officer.req('POST', '/epcis/capture', { type: 'EPCISDocument', '@context': [] });
    expect(noBody.status).toBe(400);
    const notJson = await officer.req('POST', '/epcis/capture', '{"type": ');
    expect(notJson.status).toBe(400);
  });

  it('accepts application/ld+json', async () => {
    const { res } = await capture(officer, JSON.stringify(epcisDocument(fiveEventTypes('LD'))), { 'content-type': 'application/ld+json' });
    expect(res.status).toBe(202);
  });

  it('rolls back the whole document by default and keeps the valid events with proceed', async () => {
    const events = fiveEventTypes('RB');
    // A GTIN with a wrong check digit is schema-valid but cannot be right.
    const wrong = { ...events[0], epcList: ['https://id.gs1.org/01/08931234000015/21/RB9'] };
    const doc = epcisDocument([wrong, ...events.slice(1)]);
    const rollback = await capture(officer, doc);
    expect(rollback.res.status).toBe(202);
    expect(rollback.job).toMatchObject({ running: false, success: false, captureErrorBehaviour: 'rollback', storedCount: 0 });
    expect(rollback.job.errors[0]?.instance).toBe('body.epcisBody.eventList[0].epcList[0]');
    const proceed = await capture(officer, doc, { 'GS1-Capture-Error-Behaviour': 'proceed' });
    expect(proceed.job).toMatchObject({ success: false, captureErrorBehaviour: 'proceed', storedCount: 4, eventCount: 5 });
    const badHeader = await officer.req('POST', '/epcis/capture', doc, { 'GS1-Capture-Error-Behaviour': 'maybe' });
    expect(badHeader.status).toBe(400);
  });

  it('refuses documents over the capture limit with 413', async () => {
    const limit = Number((await anonymous.req('OPTIONS', '/epcis/capture')).headers.get('gs1-epcis-capture-limit'));
    const one = fiveEventTypes('LIMIT')[0] ?? {};
    const many = Array.from({ length: limit + 1 }, (_, i) => ({ ...one, epcList: [`https://id.gs1.org/01/08931234000011/21/L${i}`] }));
    const res = await officer.req('POST', '/epcis/capture', epcisDocument(many));
    expect(res.status).toBe(413);
    const size = Number((await anonymous.req('OPTIONS', '/epcis/capture')).headers.get('gs1-epcis-capture-file-size-limit'));
    const huge = await officer.req('POST', '/epcis/capture', epcisDocument([{ ...one, 'example:pad': 'x'.repeat(size) }]));
    expect(huge.status).toBe(413);
  });
});

describe('who may capture', () => {
  it('needs a signed-in province officer or producer member', async () => {
    const doc = epcisDocument(fiveEventTypes('AUTH'));
    expect((await anonymous.req('POST', '/epcis/capture', doc)).status).toBe(401);
    expect((await (await epcisClient(srv.url, ctx, 'council1')).req('POST', '/epcis/capture', doc)).status).toBe(403);
    expect((await (await epcisClient(srv.url, ctx, 'commune')).req('POST', '/epcis/capture', doc)).status).toBe(403);
  });

  it('makes a producer member\'s events its producer\'s, and its jobs its own', async () => {
    const { job } = await capture(producer, epcisDocument(fiveEventTypes('OWN')));
    expect(job.storedCount).toBe(5);
    const me = await ctx.db.selectFrom('app_user').select('producer_id').where('username', '=', 'producer').executeTakeFirstOrThrow();
    const owners = await ctx.db.selectFrom('epcis_event').select('producer_id').where('capture_job_id', '=', Number(job.captureID)).execute();
    expect(owners.every((o) => o.producer_id === me.producer_id)).toBe(true);
    expect((await producer.json(`/epcis/capture/${job.captureID}`)).status).toBe(200);
    expect((await producer2.json(`/epcis/capture/${job.captureID}`)).status).toBe(404);
    const theirs = await producer2.json<CaptureJob[]>('/epcis/capture');
    expect(theirs.body.some((j) => j.captureID === job.captureID)).toBe(false);
  });
});
