import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET15_1048_HOUSEHOLD, SET1_TYPICAL, SET26_COMMUNITY } from '../src/domain/scoring/hand-worked.fixture.js';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// The scoring API is public reference computation: every request here is made without signing in.
// Expected numbers are the hand-worked ones of src/domain/scoring/hand-worked.fixture.ts.

let srv: TestServer;
let api: ApiClient;
const example: unknown = JSON.parse(readFileSync(new URL('../docs/examples/answers-set-1.json', import.meta.url), 'utf8'));

type Problem = { status: number; type: string; errors?: { path: string; message: string }[] };

beforeAll(async () => {
  srv = await startTestServer();
  api = new ApiClient(srv.url);
});
afterAll(async () => srv.close());

describe('scoring API', () => {
  it('lists the score sheets of every legal version', async () => {
    const res = await api.get('/api/v1/scoring/sheets');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { legalVersion: string; setNumber: number; name: { vi: string }; inForce: boolean }[] };
    expect(items.filter((i) => i.legalVersion === '26/2026/QĐ-TTg' && i.inForce)).toHaveLength(26);
    expect(items.filter((i) => i.legalVersion === '1048/QĐ-TTg' && !i.inForce)).toHaveLength(22);
    expect(items).toContainEqual(expect.objectContaining({ legalVersion: '26/2026/QĐ-TTg', setNumber: 11, name: expect.objectContaining({ vi: 'Chè tươi, chè chế biến' }) }));
  });

  it('returns a whole sheet for the self-assessment form, by version id or decision number', async () => {
    const res = await api.get('/api/v1/scoring/sheets/26-2026/1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sheet: { criteria: { code: string; options: unknown[] }[] }; starBands: unknown[]; certification: { validityMonths: number } };
    expect(body.sheet.criteria).toHaveLength(32);
    expect(body.sheet.criteria[0]?.code).toBe('A.1.1');
    expect(body.starBands).toHaveLength(5);
    expect(body.certification.validityMonths).toBe(36);
    const byNumber = await api.get(`/api/v1/scoring/sheets/${encodeURIComponent('1048/QĐ-TTg')}/15`);
    expect(byNumber.status).toBe(200);
    expect(((await byNumber.json()) as { versionId: string }).versionId).toBe('1048-2019');
    expect((await api.get('/api/v1/scoring/sheets/26-2026/27')).status).toBe(404);
    expect((await api.get('/api/v1/scoring/sheets/148-2023/1')).status).toBe(404);
    expect((await api.get('/api/v1/scoring/sheets/26-2026/abc')).status).toBe(400);
  });

  it('classifies a product from its answers', async () => {
    const res = await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: example, producerType: 'household' });
    expect(res.status).toBe(200);
    const r = (await res.json()) as { total: number; star: number; band: { star: number }; parts: { code: string; points: number }[]; markersMissed: { code: string }[]; explanation: { vi: string; en: string } };
    expect([r.total, r.band.star, r.star]).toEqual([64, 3, 3]);
    expect(r.parts.map((p) => p.points)).toEqual([28, 12, 24]);
    expect(r.markersMissed.map((m) => m.code)).toEqual(['B.5.1', 'A.1.3', 'A.1.5', 'B.4.1']);
    expect(r.explanation.vi).toContain('Tổng điểm 64/100');
    expect(r.explanation.en).toContain('Result: 3★');
  });

  it('classifies under a historical version and a tourism case', async () => {
    const old = await api.post('/api/v1/scoring/classify', { setNumber: 15, answers: SET15_1048_HOUSEHOLD, legalVersion: '1048/QĐ-TTg' });
    expect(((await old.json()) as { total: number; star: number })).toMatchObject({ total: 54, star: 3 });
    const tourism = await api.post('/api/v1/scoring/classify', { setNumber: 26, answers: SET26_COMMUNITY, case: 1 });
    expect(((await tourism.json()) as { total: number; star: number; case: number })).toMatchObject({ total: 75, star: 4, case: 1 });
  });

  it('answers 422 problem+json naming each bad criterion', async () => {
    const { 'A.1.2': _omitted, ...missing } = SET1_TYPICAL;
    const res = await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: { ...missing, 'C.12': 7 } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as Problem;
    expect(p.errors).toEqual([
      { path: 'body.answers.A.1.2', message: 'not answered (options 0–2)' },
      { path: 'body.answers.C.12', message: 'option 7 does not exist (options 0–2)' },
    ]);
    const wrongType = (await (await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: { ...SET1_TYPICAL, 'A.3.1': 2 }, producerType: 'household' })).json()) as Problem;
    expect(wrongType.errors?.map((e) => e.path)).toEqual(['body.answers.A.3.1']);
    const wrongSet = (await (await api.post('/api/v1/scoring/classify', { setNumber: 27, answers: SET1_TYPICAL })).json()) as Problem;
    expect([wrongSet.status, wrongSet.errors?.[0]?.path]).toEqual([422, 'body.setNumber']);
    const wrongVersion = (await (await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: SET1_TYPICAL, legalVersion: '148/QĐ-TTg' })).json()) as Problem;
    expect([wrongVersion.status, wrongVersion.errors?.[0]?.path]).toEqual([422, 'body.legalVersion']);
  });

  it('answers 400 for a malformed body, with the path of the bad field', async () => {
    const res = await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: { ...SET1_TYPICAL, 'A.1.2': 'two' } });
    expect(res.status).toBe(400);
    const p = (await res.json()) as Problem;
    expect(p.errors?.map((e) => e.path)).toEqual(['body.answers.A.1.2']);
    const badCase = (await (await api.post('/api/v1/scoring/classify', { setNumber: 26, answers: SET26_COMMUNITY, case: 3 })).json()) as Problem;
    expect([badCase.status, badCase.errors?.[0]?.path]).toEqual([400, 'body.case']);
  });

  it('plans the cheapest way to the next star', async () => {
    const res = await api.post('/api/v1/scoring/gap', { setNumber: 1, answers: example, producerType: 'household' });
    expect(res.status).toBe(200);
    const p = (await res.json()) as { targetStar: number; pointsGained: number; steps: { code: string; to: { position: number } }[]; after: { total: number; star: number } };
    expect([p.targetStar, p.pointsGained, p.steps.map((s) => s.code)]).toEqual([4, 6, ['B.4.3', 'B.5.1']]);
    expect([p.after.total, p.after.star]).toEqual([70, 4]);
    // Re-classify the improved answers through the API itself.
    const improved = { ...SET1_TYPICAL, ...Object.fromEntries(p.steps.map((s) => [s.code, s.to.position])) };
    const again = (await (await api.post('/api/v1/scoring/classify', { setNumber: 1, answers: improved })).json()) as { total: number; star: number };
    expect(again).toMatchObject({ total: 70, star: 4 });
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await (await api.get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/scoring/classify', '/api/v1/scoring/gap', '/api/v1/scoring/sheets', '/api/v1/scoring/sheets/{version}/{set}']));
  });
});
