import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET8_COOPERATIVE } from '../src/domain/scoring/hand-worked.fixture.js';
import { type Dossier, PDF, type Problem, clients, dossierAtCouncil, newCouncil, newProduct, ok, score, step, uploadMissing } from './evaluation-fixtures.js';
import type { Client } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// Who may see and act on a dossier (producer, commune, council), illegal steps refused with a
// clear problem+json and nothing changed, and evidence uploads checked like product photos.

let srv: TestServer;
let c: Record<string, Client>;
let draft: Dossier;
let atCouncil: Dossier;

beforeAll(async () => {
  srv = await startTestServer();
  c = await clients(srv, ['producer', 'producer2', 'commune', 'officer', 'admin', 'council1', 'council2', 'council3']);
  // A commune officer of another commune (Xã Ba Chẽ, which has no part in Tiên Yên's producers).
  const baChe = await srv.server.runtime.ctx.db.selectFrom('unit').select('id').where('name', '=', 'Xã Ba Chẽ').where('id', 'like', 'new-%').executeTakeFirstOrThrow();
  await ok(c.admin!.json('POST', '/api/v1/users', { username: 'commune2', displayName: 'Cán bộ xã Ba Chẽ', password: 'commune-two-password', role: 'commune_officer', unitId: baChe.id }), 201);
  Object.assign(c, await clients(srv, ['commune2']));
  const productId = await newProduct(c.producer!);
  draft = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 201);
  await ok(c.producer!.json('PUT', `/api/v1/dossiers/${draft.id}/self-assessment`, { answers: SET8_COOPERATIVE }));
  await uploadMissing(c.producer!, draft.id);
  const councilA = await newCouncil(srv, c.officer!, [{ username: 'council1', role: 'chair' }, { username: 'council2', role: 'member' }], 'Hội đồng A');
  await newCouncil(srv, c.officer!, [{ username: 'council3', role: 'chair' }], 'Hội đồng B');
  atCouncil = await dossierAtCouncil(c, councilA);
  await score(c.council1!, atCouncil.id, SET8_COOPERATIVE);
});
afterAll(async () => srv?.close());

const status = async (who: string, method: string, path: string, body?: unknown) => (await c[who]!.req(method, path, body)).status;

describe('scope', () => {
  it("another producer sees nothing of the dossier, its evidence or its scores", async () => {
    const evidence = draft.evidence[0] ?? (await ok(c.producer!.json<Dossier>('GET', `/api/v1/dossiers/${draft.id}`))).evidence[0]!;
    expect(await status('producer2', 'GET', `/api/v1/dossiers/${draft.id}`)).toBe(404);
    expect(await status('producer2', 'GET', `/api/v1/dossiers/${draft.id}/evidence`)).toBe(404);
    expect(await status('producer2', 'GET', `/api/v1/dossiers/${draft.id}/evidence/${evidence.id}`)).toBe(404);
    expect(await status('producer2', 'GET', `/api/v1/dossiers/${atCouncil.id}/scores`)).toBe(404);
    expect(await status('producer2', 'GET', `/api/v1/dossiers/${draft.id}/gap`)).toBe(404);
    const list = await ok(c.producer2!.json<{ items: Dossier[] }>('GET', '/api/v1/dossiers?pageSize=200'));
    expect(list.items.some((d) => d.id === draft.id || d.id === atCouncil.id)).toBe(false);
    const upload = await c.producer2!.upload(`/api/v1/dossiers/${draft.id}/evidence?type=product_story`, PDF, 'x.pdf', 'application/pdf');
    expect(upload.status).toBe(404);
    // The owner reads its own evidence file back as uploaded.
    const file = await c.producer!.req('GET', `/api/v1/dossiers/${draft.id}/evidence/${evidence.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="dossier-\d+-[a-z_]+-\d+\.pdf"$/);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('a commune officer outside the commune is refused; the commune officer of the producer is not', async () => {
    await step(c.producer!, draft.id, 'submit');
    expect(await status('commune2', 'GET', `/api/v1/dossiers/${draft.id}`)).toBe(404);
    expect(await status('commune2', 'POST', `/api/v1/dossiers/${draft.id}/accept_for_review`, {})).toBe(404);
    expect((await ok(c.commune2!.json<{ items: Dossier[] }>('GET', '/api/v1/dossiers?pageSize=200'))).items.some((d) => d.id === draft.id)).toBe(false);
    expect((await ok(c.commune!.json<{ items: Dossier[] }>('GET', '/api/v1/dossiers?state=submitted&pageSize=200'))).items.some((d) => d.id === draft.id)).toBe(true);
  });

  it('council members see only dossiers sent to a council they sit on, and score only those', async () => {
    expect(await status('council1', 'GET', `/api/v1/dossiers/${draft.id}`)).toBe(404);
    expect(await status('council3', 'GET', `/api/v1/dossiers/${atCouncil.id}`)).toBe(404);
    expect(await status('council3', 'POST', `/api/v1/dossiers/${atCouncil.id}/scores`, { answers: SET8_COOPERATIVE })).toBe(404);
    expect(await status('council3', 'GET', `/api/v1/councils/${atCouncil.councilId}`)).toBe(404);
    const mine = await ok(c.council2!.json<{ items: Dossier[] }>('GET', '/api/v1/dossiers?pageSize=200'));
    expect(mine.items.map((d) => d.id)).toContain(atCouncil.id);
    expect(mine.items.every((d) => d.councilId !== null)).toBe(true);
    expect((await ok(c.council3!.json<{ items: Dossier[] }>('GET', '/api/v1/dossiers?pageSize=200'))).items.some((d) => d.id === atCouncil.id)).toBe(false);
    // Province staff follow the session; they hold no seat, so they cannot score.
    expect((await ok(c.officer!.json<{ visibility: string }>('GET', `/api/v1/dossiers/${atCouncil.id}/scores`))).visibility).toBe('full');
    expect(await status('officer', 'POST', `/api/v1/dossiers/${atCouncil.id}/scores`, { answers: SET8_COOPERATIVE })).toBe(403);
  });

  it('only the chair or secretary closes; a plain member is refused with 403', async () => {
    await score(c.council2!, atCouncil.id, SET8_COOPERATIVE);
    const p = await ok(c.council2!.json<Problem>('POST', `/api/v1/dossiers/${atCouncil.id}/close_scoring`, {}), 403);
    expect(p.detail).toContain('council chair or council secretary');
  });
});

describe('illegal steps', () => {
  it('answer 409 problem+json naming the state, and change nothing', async () => {
    const productId = await newProduct(c.producer!);
    const d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 201);
    const res = await c.commune!.req('POST', `/api/v1/dossiers/${d.id}/accept_for_review`, {});
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = (await res.json()) as Problem;
    expect(p.type).toBe('/problems/illegal-transition');
    expect(p.detail).toContain('Cannot accept the dossier for review while the dossier is in state "Draft"');
    expect(p.detail).toContain('«Đang soạn hồ sơ»');
    expect((await ok(c.officer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/record_decision`, { number: '1/QĐ', date: '2026-01-05', signer: { name: 'Ai đó', title: ['CHỦ TỊCH'] } }), 409)).type).toBe('/problems/illegal-transition');
    expect((await ok(c.producer!.json<Dossier>('GET', `/api/v1/dossiers/${d.id}`))).history).toEqual([]);
  });

  it('refuse the wrong role (403), a missing reason (400/422), a second open dossier (409) and a withdrawn dossier', async () => {
    const productId = await newProduct(c.producer!);
    const d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 201);
    expect((await ok(c.producer!.json<Problem>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 409)).errors?.[0]?.path).toBe('body.productId');
    expect((await ok(c.producer!.json<Problem>('POST', '/api/v1/dossiers', { productId, kind: 'upgrade' }), 409)).errors?.[0]?.path).toBe('body.kind');
    await ok(c.producer!.json('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers: SET8_COOPERATIVE }));
    await uploadMissing(c.producer!, d.id);
    await step(c.producer!, d.id, 'submit');
    expect((await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/accept_for_review`, {}), 403)).detail).toContain('Only the commune officer may');
    expect((await ok(c.commune!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/return_to_producer`, {}), 422)).errors).toEqual([{ path: 'body.reason', message: 'required for this action' }]);
    expect((await ok(c.officer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/reject`, {}), 400)).errors?.[0]?.path).toBe('body.reason');
    expect((await ok(c.producer!.json<Problem>('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers: SET8_COOPERATIVE }), 409)).type).toBe('/problems/illegal-transition');
    const back = await step(c.commune!, d.id, 'return_to_producer', { assessment: { local_raw_materials: { satisfied: false, note: 'Thiếu hợp đồng liên kết vùng nguyên liệu' }, local_labour: { satisfied: true }, idea_origin: { satisfied: true }, local_identity: { satisfied: true } } });
    expect(back).toMatchObject({ state: 'draft', reason: 'Nguồn gốc sản phẩm, nguyên liệu tại địa phương: Thiếu hợp đồng liên kết vùng nguyên liệu' });
    expect(await ok(c.producer!.json<{ status: string }>('GET', `/api/v1/products/${productId}`))).toMatchObject({ status: 'developing' });
    const gone = await step(c.producer!, d.id, 'withdraw', { reason: 'Hoàn thiện bao bì trước' });
    expect(gone).toMatchObject({ state: 'withdrawn', actions: [] });
    expect((await ok(c.producer!.json<Problem>('POST', `/api/v1/dossiers/${d.id}/submit`, {}), 409)).detail).toContain('closed');
  });
});

describe('evidence uploads', () => {
  let d: Dossier;
  beforeAll(async () => {
    d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId: await newProduct(c.producer!), kind: 'first_evaluation' }), 201);
  });
  const upload = (bytes: Uint8Array, query = 'type=product_story', name = 'x.pdf', type = 'application/pdf') =>
    c.producer!.upload(`/api/v1/dossiers/${d.id}/evidence?${query}`, bytes, name, type);

  it('refuse what is not a PDF or a photo, whatever its name and declared type', async () => {
    const res = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'type=product_story', 'story.pdf', 'application/pdf');
    expect(res.status).toBe(415);
    expect(((await res.json()) as Problem).errors).toEqual([{ path: 'body.file', message: 'not a PDF, JPEG, PNG or WebP file' }]);
    expect((await upload(new Uint8Array(0))).status).toBe(422);
  });

  it('refuse an oversized file, an unknown type and a JSON body', async () => {
    const big = Buffer.alloc(15 * 1024 * 1024 + 1, 0x20);
    PDF.copy(big);
    expect((await upload(big)).status).toBe(413);
    const unknown = await upload(PDF, 'type=passport');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Problem).errors?.[0]?.path).toBe('querystring.type');
    expect((await c.producer!.req('POST', `/api/v1/dossiers/${d.id}/evidence?type=product_story`, { file: 'x' })).status).toBe(415);
  });

  it('never use the client file name on disk, and refuse uploads once the dossier left the producer', async () => {
    const res = await upload(PDF, 'type=product_story', '../../../etc/passwd', 'application/pdf');
    expect(res.status).toBe(201);
    const names = readdirSync(join(srv.server.runtime.ctx.filesDir, 'evidence'), { recursive: true }).map(String);
    expect(names.some((n) => n.includes('passwd') || n.includes('..'))).toBe(false);
    expect((await upload(PDF, 'type=product_story&validUntil=2026-02-30')).status).toBe(400);
    const late = await upload(PDF, 'type=product_story');
    expect(late.status).toBe(201);
    expect((await c.producer!.req('DELETE', `/api/v1/dossiers/${d.id}/evidence/${((await late.json()) as { id: number }).id}`)).status).toBe(204);
    await ok(c.producer!.json('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers: SET8_COOPERATIVE }));
    await uploadMissing(c.producer!, d.id);
    await step(c.producer!, d.id, 'submit');
    const closed = await upload(PDF);
    expect(closed.status).toBe(409);
    expect((await closed.json() as Problem).type).toBe('/problems/illegal-transition');
  });
});
