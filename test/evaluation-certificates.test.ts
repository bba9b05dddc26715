import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET8_COOPERATIVE } from '../src/domain/scoring/hand-worked.fixture.js';
import { findSheet, findVersion } from '../src/domain/scoring/library.js';
import { scoreSheetLibrary } from '../src/rules/score-sheets/index.js';
import {
  ALL_SATISFIED, type Dossier, type Problem, SIGNER, clients, dossierAtCouncil, newCouncil, ok, score, set8Lowest, set8Sheet, step, uploadMissing, vnToday,
} from './evaluation-fixtures.js';
import type { Client } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The outcomes after scoring (1★–2★ result letter, 3★–4★ certificate, 5★ through the Ministry,
// the chair's override of a spread), the certificate register with its filters and scope, and
// the demo data: certificates consistent with the register and dossiers in progress.

type Cert = { id: number; number: string; star: number; productId: number; producerId: number; status: { code: string; reason: string | null }; rulesVersion: string; legalVersion: string; decision: { authority: string; number: string } };
type Page<T> = { items: T[]; total: number };

let srv: TestServer;
let c: Record<string, Client>;
let council: number;

beforeAll(async () => {
  srv = await startTestServer();
  c = await clients(srv, ['producer', 'producer2', 'commune', 'officer', 'council1', 'council2', 'council3']);
  council = await newCouncil(srv, c.officer!, [{ username: 'council1', role: 'chair' }, { username: 'council2', role: 'secretary' }, { username: 'council3', role: 'member' }]);
});
afterAll(async () => srv?.close());

const list = (who: string, query: string) => ok(c[who]!.json<Page<Cert>>('GET', `/api/v1/certificates?${query}`));

/** Set 8's best option everywhere a co-operative may choose it: every marker met, 5★. */
function set8Top(): Record<string, number> {
  const sheet = findSheet(findVersion(scoreSheetLibrary(), '26-2026')!, 8)!;
  return Object.fromEntries(sheet.criteria.map((cr) => {
    const fits = cr.options.filter((o) => o.appliesTo?.producerTypes === undefined || o.appliesTo.producerTypes.includes('cooperative'));
    return [cr.code, fits.sort((a, b) => b.points - a.points)[0]!.position];
  }));
}

async function scoredBy3(answers: Record<string, number>): Promise<Dossier> {
  const d = await dossierAtCouncil(c, council, answers);
  for (const m of ['council1', 'council2', 'council3']) await score(c[m]!, d.id, answers);
  return step(c.council2!, d.id, 'close_scoring');
}

describe('outcomes', () => {
  it('1★–2★: a result letter, no certificate, the product back in development', async () => {
    const d = await scoredBy3(set8Lowest());
    expect(d.result).toMatchObject({ kind: 'result_letter', star: 1 });
    expect((await c.producer!.req('GET', `/api/v1/dossiers/${d.id}/result-letter.pdf`)).status).toBe(404);
    const decided = await step(c.officer!, d.id, 'record_decision', { number: '88/TB-SNNMT', date: vnToday(), signer: { name: 'Trần Thị Thử', title: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] } });
    expect(decided).toMatchObject({ state: 'decided', result: { certificateId: null } });
    const pdf = await c.producer!.req('GET', `/api/v1/dossiers/${d.id}/result-letter.pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await list('officer', `productId=${d.productId}`)).total).toBe(0);
    expect(await ok(c.producer!.json<{ status: string; star: number | null }>('GET', `/api/v1/products/${d.productId}`))).toMatchObject({ status: 'developing', star: null });
    expect((await c.producer2!.req('GET', `/api/v1/dossiers/${d.id}/result-letter.pdf`)).status).toBe(404);
  });

  it('5★: forwarded to the Ministry, then recognised with a 5★ certificate signed at central level', async () => {
    const d = await scoredBy3(set8Top());
    expect(d.result).toMatchObject({ kind: 'national_candidate', star: 5 });
    const forwarded = await step(c.officer!, d.id, 'record_decision', { number: '456/QĐ-UBND', date: vnToday(), signer: SIGNER });
    expect(forwarded.result).toMatchObject({ nationalStatus: 'pending', certificateId: null });
    expect(await ok(c.producer!.json<{ status: string }>('GET', `/api/v1/products/${d.productId}`))).toMatchObject({ status: 'evaluating' });
    const ministry = { number: '77/QĐ-BNNMT', date: vnToday(), signer: { name: 'Lê Văn Thử', title: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] } };
    expect((await ok(c.commune!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/national-result`, { ...ministry, recognised: true, total: 93 }), 403)).type).toBe('/problems/forbidden');
    const recognised = await step(c.officer!, d.id, 'national-result', { ...ministry, recognised: true, total: 93 });
    expect(recognised.result).toMatchObject({ nationalStatus: 'recognised' });
    const cert = await ok(c.producer!.json<Cert>('GET', `/api/v1/certificates/${recognised.result!.certificateId}`));
    expect(cert).toMatchObject({ star: 5, decision: { authority: 'minister', number: '77/QĐ-BNNMT' } });
    expect((await ok(c.officer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/national-result`, { ...ministry, recognised: true, total: 93 }), 409)).type).toBe('/problems/illegal-transition');
  });

  it('the chair may close over a spread with a written reason; the secretary may not', async () => {
    const d = await dossierAtCouncil(c, council);
    await score(c.council1!, d.id, SET8_COOPERATIVE);
    await score(c.council2!, d.id, SET8_COOPERATIVE);
    const low = await score(c.council3!, d.id, set8Sheet(16));
    expect(low.flagged).toEqual(['council3']);
    const short = await ok(c.council1!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/close_scoring`, { override: { reason: 'giữ điểm' } }), 409);
    expect(short.errors).toEqual([{ path: 'body.override.reason', message: 'Closing over a score spread needs a written reason.' }]);
    const reason = 'Thành viên giữ nguyên điểm sau thảo luận; Hội đồng thống nhất kết thúc theo quy chế';
    expect((await ok(c.council2!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/close_scoring`, { override: { reason } }), 409)).detail).toContain('may not close over a score spread');
    const closed = await step(c.council1!, d.id, 'close_scoring', { override: { reason } });
    expect(closed.result).toMatchObject({ overrideReason: reason, kind: 'recognition' });
  });

  it('numbers certificates per year without gaps or duplicates when decisions are recorded at once', async () => {
    const ready: Dossier[] = [];
    for (let i = 0; i < 3; i += 1) ready.push(await scoredBy3(SET8_COOPERATIVE));
    const decided = await Promise.all(ready.map((d, i) => step(c.officer!, d.id, 'record_decision', { number: `${900 + i}/QĐ-UBND`, date: vnToday(), signer: SIGNER })));
    const numbers = await Promise.all(decided.map(async (d) => (await ok(c.officer!.json<Cert>('GET', `/api/v1/certificates/${d.result!.certificateId}`))).number));
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(3);
    expect(seqs[2]! - seqs[0]!).toBe(2);
  });
});

describe('upgrade and re-evaluation', () => {
  it('reuse the previous evidence, refuse an early re-evaluation, and supersede the old certificate', async () => {
    const first = await scoredBy3(SET8_COOPERATIVE);
    const decided = await step(c.officer!, first.id, 'record_decision', { number: '1500/QĐ-UBND', date: vnToday(), signer: SIGNER });
    const old = await ok(c.producer!.json<Cert>('GET', `/api/v1/certificates/${decided.result!.certificateId}`));

    const early = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId: first.productId, kind: 're_evaluation' }), 201);
    expect(early.evidenceNeeds.stillNeeded.map((g) => g.type).sort()).toEqual(['change_report', 'lab_test_report', 'registration_form', 'samples_receipt', 'self_assessment']);
    await ok(c.producer!.json('PUT', `/api/v1/dossiers/${early.id}/self-assessment`, { answers: SET8_COOPERATIVE }));
    await uploadMissing(c.producer!, early.id);
    expect((await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${early.id}/submit`, {}), 409)).type).toBe('/problems/filing-window');
    await step(c.producer!, early.id, 'withdraw');

    const up = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId: first.productId, kind: 'upgrade' }), 201);
    await ok(c.producer!.json('PUT', `/api/v1/dossiers/${up.id}/self-assessment`, { answers: set8Top() }));
    await uploadMissing(c.producer!, up.id);
    const filed = await step(c.producer!, up.id, 'submit');
    expect(filed.evidence.filter((e) => e.reusedFromId !== null).map((e) => e.type)).toEqual(expect.arrayContaining(['business_registration', 'food_safety_certificate', 'quality_declaration']));
    // The product keeps its live certificate while the upgrade is evaluated.
    expect(await ok(c.producer!.json<{ status: string }>('GET', `/api/v1/products/${first.productId}`))).toMatchObject({ status: 'certified' });
    await step(c.commune!, up.id, 'accept_for_review');
    await step(c.commune!, up.id, 'pass_commune_review', { assessment: ALL_SATISFIED });
    await step(c.officer!, up.id, 'send_to_council', { councilId: council });
    for (const m of ['council1', 'council2', 'council3']) await score(c[m]!, up.id, set8Sheet(2));
    await step(c.council1!, up.id, 'close_scoring');
    const done = await step(c.officer!, up.id, 'record_decision', { number: '1600/QĐ-UBND', date: vnToday(), signer: SIGNER });
    expect((await ok(c.producer!.json<Cert>('GET', `/api/v1/certificates/${old.id}`))).status.code).toBe('superseded');
    expect(done.result!.certificateId).not.toBe(old.id);
    expect(await (await fetch(`${srv.url}/certificates/${old.number}`)).text()).toContain('thay thế');
  });
});

describe('the certificate register', () => {
  it('holds the demo certificates: one per certified product, by star, with expired and revoked ones', async () => {
    const all = await list('officer', 'pageSize=1');
    expect(all.total).toBeGreaterThanOrEqual(437);
    const counts = await Promise.all([3, 4, 5].map(async (s) => (await list('officer', `star=${s}&sort=number&pageSize=1`)).total));
    expect(counts[0]).toBeGreaterThanOrEqual(326);
    expect(counts[1]).toBeGreaterThanOrEqual(103);
    const revoked = await list('officer', 'status=revoked&pageSize=50');
    expect(revoked.items.filter((x) => x.number.includes('-OCOP-')).length).toBeGreaterThanOrEqual(3);
    expect(revoked.items.every((x) => x.status.code === 'revoked' && x.status.reason !== null)).toBe(true);
    const expired = await list('officer', 'status=expired&pageSize=50');
    expect(expired.total).toBe(8);
    expect(expired.items.every((x) => x.rulesVersion === '148-2023' && x.legalVersion === '148/QĐ-TTg')).toBe(true);
    const soon = await list('officer', 'expiringWithinDays=120&pageSize=200');
    expect(soon.total).toBeGreaterThan(0);
    expect(soon.items.every((x) => x.status.code === 'expiring')).toBe(true);
  });

  it('is scoped: a producer sees its own certificates, a commune officer its commune', async () => {
    const mine = await list('producer', 'pageSize=200');
    expect(mine.total).toBeGreaterThan(0);
    const producerId = mine.items[0]!.producerId;
    expect(mine.items.every((x) => x.producerId === producerId)).toBe(true);
    expect((await c.producer2!.req('GET', `/api/v1/certificates/${mine.items[0]!.id}`)).status).toBe(404);
    expect((await c.producer2!.req('GET', `/api/v1/certificates/${mine.items[0]!.id}/pdf`)).status).toBe(404);
    const commune = await list('commune', 'pageSize=200');
    expect(commune.total).toBeLessThan((await list('officer', 'pageSize=1')).total);
    expect((await list('officer', 'unitId=new-06862&pageSize=1')).total).toBe(commune.total);
  });

  it('answers unknown and malformed numbers with 404 on the public page and JSON', async () => {
    expect((await fetch(`${srv.url}/api/v1/public/certificates/QN-2099-OCOP-000001`)).status).toBe(404);
    const page = await fetch(`${srv.url}/certificates/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('Không tìm thấy giấy chứng nhận');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});

describe('demo dossiers in progress', () => {
  it('show the workflow to the demo logins', async () => {
    const mine = await ok(c.producer!.json<Page<Dossier>>('GET', '/api/v1/dossiers?pageSize=200'));
    expect(mine.items.some((d) => d.state === 'council_scoring' && d.kind === 'upgrade')).toBe(true);
    const commune = await ok(c.commune!.json<Page<Dossier>>('GET', '/api/v1/dossiers?state=commune_review'));
    expect(commune.total).toBeGreaterThanOrEqual(1);
    const council1 = await ok(c.council1!.json<Page<Dossier>>('GET', '/api/v1/dossiers?state=council_scoring&pageSize=200'));
    const demo = council1.items.find((d) => d.kind === 'upgrade')!;
    expect((await ok(c.council1!.json<{ own: unknown }>('GET', `/api/v1/dossiers/${demo.id}/scores`))).own).not.toBeNull();
    expect((await ok(c.council2!.json<{ visibility: string }>('GET', `/api/v1/dossiers/${demo.id}/scores`))).visibility).toBe('own_only');
    const submitted = await ok(c.officer!.json<Page<Dossier>>('GET', '/api/v1/dossiers?state=submitted'));
    expect(submitted.total).toBeGreaterThanOrEqual(3);
    const detail = await ok(c.officer!.json<Dossier>('GET', `/api/v1/dossiers/${submitted.items[0]!.id}`));
    expect(detail.evidenceNeeds.complete).toBe(true);
    const file = await c.officer!.req('GET', detail.evidence[0]!.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
