import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET8_COOPERATIVE } from '../src/domain/scoring/hand-worked.fixture.js';
import {
  ALL_SATISFIED, type Dossier, PDF, type Problem, SIGNER, type Scores, clients, newCouncil, newProduct, ok, score, set8Sheet, step, uploadMissing, vnToday,
} from './evaluation-fixtures.js';
import type { Client } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// A full evaluation round through the real HTTP API: the producer self-assesses and files, the
// commune passes the four contents, the advisory group asks for evidence, the council scores
// independently (with one spread flag and a re-score), the chair closes, the province records
// the decision, the certificate is issued, printed and verified publicly, then revoked.

type Certificate = { id: number; number: string; star: number; productId: number; status: { code: string }; legalVersion: string; expiresOn: string; issuedOn: string; verifyUrl: string };
type Inbox = { items: { kind: string; link: string | null }[] };

const PUBLIC_URL = 'https://ocop.quangninh.example.vn';
let srv: TestServer;
let c: Record<string, Client>;

beforeAll(async () => {
  srv = await startTestServer({ OCOP_PUBLIC_URL: PUBLIC_URL });
  c = await clients(srv, ['producer', 'producer2', 'commune', 'officer', 'admin', 'council1', 'council2', 'council3']);
});
afterAll(async () => srv?.close());

const get = <T>(who: string, path: string) => ok(c[who]!.json<T>('GET', path));
const inboxKinds = async (who: string, dossierId: number) =>
  (await get<Inbox>(who, '/api/v1/notifications?pageSize=200')).items.filter((n) => n.link === `/portal/dossiers/${dossierId}`).map((n) => n.kind);

describe('a full evaluation round', () => {
  let productId: number;
  let d: Dossier;
  let councilId: number;
  let certificate: Certificate;

  it('the producer opens a dossier, self-assesses (classified live, with a gap analysis) and uploads evidence', async () => {
    productId = await newProduct(c.producer!);
    d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 201);
    expect(d).toMatchObject({ state: 'draft', kind: 'first_evaluation', actions: ['submit', 'withdraw'] });

    const early = await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/submit`, {}), 409);
    expect(early.type).toBe('/problems/dossier-incomplete');
    expect(early.errors!.map((e) => e.path)).toEqual(expect.arrayContaining(['selfAssessment', 'evidence.business_registration', 'evidence.food_safety_certificate']));

    const partial = await ok(c.producer!.json<Problem>('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers: { 'A.1.1': 3 } }), 422);
    expect(partial.errors!.some((e) => e.path === 'body.answers.A.1.2')).toBe(true);
    const classification = await ok(c.producer!.json<{ total: number; star: number }>('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers: SET8_COOPERATIVE }));
    expect(classification).toMatchObject({ total: 83, star: 4 });
    const gap = await get<{ targetStar: number; steps: unknown[]; after: { star: number } }>('producer', `/api/v1/dossiers/${d.id}/gap`);
    expect(gap.targetStar).toBe(5);
    expect(gap.steps.length).toBeGreaterThan(0);

    await uploadMissing(c.producer!, d.id);
    d = await get<Dossier>('producer', `/api/v1/dossiers/${d.id}`);
    expect(d.evidenceNeeds.complete).toBe(true);
    expect(d.evidence.every((e) => e.mime === 'application/pdf')).toBe(true);
    // Stored under generated names only: nothing of the client's file names reaches the disk.
    const dir = join(srv.server.runtime.ctx.filesDir, 'evidence');
    const names = readdirSync(dir, { recursive: true }).map(String);
    expect(names.some((n) => n.includes('business_registration'))).toBe(false);
    expect(names.filter((n) => /^[0-9a-f]{2}[/\\][0-9a-f]{32}\.pdf$/.test(n)).length).toBeGreaterThanOrEqual(d.evidence.length);
  });

  it('files at the commune, which passes the four contents to the province', async () => {
    d = await step(c.producer!, d.id, 'submit');
    expect(d).toMatchObject({ state: 'submitted', filedOn: vnToday(), rulesVersion: '26-2026' });
    expect((await get<{ status: string }>('producer', `/api/v1/products/${productId}`)).status).toBe('submitted');
    expect(await inboxKinds('commune', d.id)).toContain('dossier.submitted');

    d = await step(c.commune!, d.id, 'accept_for_review');
    const refused = await ok(c.commune!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/pass_commune_review`, { assessment: { ...ALL_SATISFIED, local_labour: { satisfied: false, note: 'Chưa dùng lao động địa phương' } } }), 409);
    expect(refused.type).toBe('/problems/precondition-failed');
    expect(refused.errors).toEqual([{ path: 'body.assessment.local_labour', message: expect.stringContaining('not satisfied') }]);
    d = await step(c.commune!, d.id, 'pass_commune_review', { assessment: ALL_SATISFIED });
    expect(d.state).toBe('advisory_review');
    expect((await get<{ status: string }>('producer', `/api/v1/products/${productId}`)).status).toBe('evaluating');
    expect(await inboxKinds('officer', d.id)).toContain('dossier.passed');
  });

  it('the advisory group asks for more evidence and the producer answers (the clock runs on the producer meanwhile)', async () => {
    d = await step(c.officer!, d.id, 'request_evidence', { reason: 'Phiếu kiểm nghiệm đã quá 6 tháng, đề nghị bổ sung phiếu mới', types: ['lab_test_report'] });
    expect(d).toMatchObject({ state: 'evidence_requested', clock: { nowWaitingOn: 'producer' } });
    expect(await inboxKinds('producer', d.id)).toContain('dossier.evidence_requested');
    const none = await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/provide_evidence`, {}), 409);
    expect(none.type).toBe('/problems/no-new-evidence');
    const upload = await c.producer!.upload(`/api/v1/dossiers/${d.id}/evidence?type=lab_test_report&validUntil=2027-06-30`, PDF, 'kiem-nghiem.pdf', 'application/pdf');
    expect(upload.status).toBe(201);
    d = await step(c.producer!, d.id, 'provide_evidence', { reason: 'Đã bổ sung phiếu kiểm nghiệm tháng 11' });
    expect(d.state).toBe('advisory_review');
    expect(await inboxKinds('officer', d.id)).toContain('dossier.evidence_provided');
  });

  it('goes to the council, whose members score independently; a spread is flagged and re-scored', async () => {
    councilId = await newCouncil(srv, c.officer!, [{ username: 'council1', role: 'chair' }, { username: 'council2', role: 'secretary' }, { username: 'council3', role: 'member' }]);
    expect((await c.council1!.req('GET', `/api/v1/dossiers/${d.id}`)).status).toBe(404);
    d = await step(c.officer!, d.id, 'send_to_council', { councilId });
    expect(d.state).toBe('council_scoring');
    for (const m of ['council1', 'council2', 'council3']) expect(await inboxKinds(m, d.id)).toContain('dossier.to_council');

    const first = await score(c.council1!, d.id, SET8_COOPERATIVE);
    expect(first).toMatchObject({ visibility: 'full', scored: 1, own: { total: 83, round: 1 } });
    // council2 has not scored: the server shows nothing of council1's sheet.
    const blind = await get<Scores>('council2', `/api/v1/dossiers/${d.id}/scores`);
    expect(blind).toMatchObject({ visibility: 'own_only', scored: 1, mean: null, scores: [], own: null });
    expect(JSON.stringify(blind)).not.toContain('"total":83');
    const second = await score(c.council2!, d.id, set8Sheet(3));
    expect(second.visibility).toBe('full');
    expect(second.scores.map((s) => s.username).sort()).toEqual(['council1', 'council2']);

    const outlier = await score(c.council3!, d.id, set8Sheet(15));
    expect(outlier.flagged).toEqual(['council3']);
    expect(outlier.own).toMatchObject({ flagged: true, mayRescore: true });
    const closeEarly = await ok(c.council1!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/close_scoring`, {}), 409);
    expect(closeEarly.detail).toContain('re-score');
    const notFlagged = await ok(c.council1!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/scores`, { answers: SET8_COOPERATIVE }), 409);
    expect(notFlagged.detail).toContain('flagged members only');

    const rescored = await score(c.council3!, d.id, set8Sheet(1));
    expect(rescored).toMatchObject({ flagged: [], own: { round: 2, flagged: false } });
    expect(rescored.scores.filter((s) => s.username === 'council3').map((s) => [s.round, s.latest])).toEqual([[1, false], [2, true]]);
  });

  it('the chair closes scoring with the mean and the star', async () => {
    expect((await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/close_scoring`, {}), 403)).type).toBe('/problems/forbidden');
    d = await step(c.council1!, d.id, 'close_scoring');
    const s = await get<Scores>('council1', `/api/v1/dossiers/${d.id}/scores`);
    expect(d.state).toBe('scored');
    expect(d.result).toMatchObject({ kind: 'recognition', star: 4, total: s.displayScore });
    expect(s.mean).toBeGreaterThanOrEqual(70);
    // The producer sees the result, not the members' sheets.
    expect(await get<Scores>('producer', `/api/v1/dossiers/${d.id}/scores`)).toMatchObject({ visibility: 'summary', scores: [], star: 4 });
  });

  it('the province records the decision: a certificate is issued and the product certified', async () => {
    expect((await ok(c.commune!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/record_decision`, { number: '1/QĐ-UBND', date: vnToday(), signer: SIGNER }), 403)).type).toBe('/problems/forbidden');
    d = await step(c.officer!, d.id, 'record_decision', { number: '2345/QĐ-UBND', date: vnToday(), signer: SIGNER });
    expect(d.state).toBe('decided');
    expect(d.result!.certificateId).not.toBeNull();
    certificate = await get<Certificate>('producer', `/api/v1/certificates/${d.result!.certificateId}`);
    expect(certificate).toMatchObject({ star: 4, productId, status: { code: 'valid' }, legalVersion: '26/2026/QĐ-TTg', issuedOn: vnToday() });
    expect(certificate.number).toMatch(new RegExp(`^QN-${vnToday().slice(0, 4)}-OCOP-\\d{6}$`));
    expect(certificate.verifyUrl).toBe(`${PUBLIC_URL}/certificates/${certificate.number}`);
    expect(await get<{ status: string; star: number }>('producer', `/api/v1/products/${productId}`)).toMatchObject({ status: 'certified', star: 4 });
    expect(d.history.map((h) => h.action)).toEqual([
      'submit', 'accept_for_review', 'pass_commune_review', 'request_evidence', 'provide_evidence', 'send_to_council', 'close_scoring', 'record_decision',
    ]);
    const audit = await get<{ items: { action: string }[] }>('admin', `/api/v1/audit?entity=dossier&entityId=${d.id}&pageSize=100`);
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['dossier.create', 'dossier.submit', 'council.score', 'dossier.close_scoring', 'dossier.record_decision']));
  });

  it('prints the certificate as a PDF and shows it valid on the public page', async () => {
    const pdf = await c.producer!.req('GET', `/api/v1/certificates/${certificate.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const page = await fetch(`${srv.url}/certificates/${certificate.number}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('còn hiệu lực');
    expect(html).not.toContain('<script');
    const en = await (await fetch(`${srv.url}/certificates/${certificate.number.toLowerCase()}`, { headers: { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' } })).text();
    expect(en).toContain('This certificate is valid through');
    const json = await ok({ status: 200, body: await (await fetch(`${srv.url}/api/v1/public/certificates/${certificate.number}`)).json() as { status: { code: string }; star: number } });
    expect(json).toMatchObject({ star: 4, status: { code: 'valid' } });
  });

  it('revokes the certificate: the public page shows it revoked the same day', async () => {
    const body = { reason: 'misuse', note: 'Quyết định thu hồi số 99/QĐ-UBND (kiểm thử)' };
    expect((await ok(c.commune!.json<Problem>('POST', `/api/v1/certificates/${certificate.id}/revoke`, body), 403)).type).toBe('/problems/forbidden');
    const revoked = await ok(c.officer!.json<Certificate & { revocation: { on: string } }>('POST', `/api/v1/certificates/${certificate.id}/revoke`, body));
    expect(revoked).toMatchObject({ status: { code: 'revoked' }, revocation: { on: vnToday(), reason: 'misuse' } });
    expect((await ok(c.officer!.json<Problem>('POST', `/api/v1/certificates/${certificate.id}/revoke`, body), 409)).type).toBe('/problems/conflict');
    const html = await (await fetch(`${srv.url}/certificates/${certificate.number}`)).text();
    expect(html).toContain('Đã bị thu hồi');
    expect(html).toContain('Sử dụng sai biểu trưng');
    expect(html).not.toContain('99/QĐ-UBND (kiểm thử)');
    expect(await get<{ status: string }>('producer', `/api/v1/products/${productId}`)).toMatchObject({ status: 'revoked' });
    expect((await get<Inbox>('producer', '/api/v1/notifications?pageSize=200')).items.map((n) => n.kind)).toContain('certificate.revoked');
  });
});
