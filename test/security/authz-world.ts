import sharp from 'sharp';
import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { createApiToken } from '../../src/services/auth/create-api-token.js';
import type { Client } from '../fixtures/registry-client.js';
import { workbook } from '../fixtures/workbook.js';
import { SET8_COOPERATIVE } from '../../src/domain/scoring/hand-worked.fixture.js';
import { type Dossier, SIGNER, clients, dossierAtCouncil, newCouncil, ok, score, set8Lowest, step, vnToday } from '../evaluation-fixtures.js';
import type { TestServer } from '../helpers/server.js';

// The world the authorization matrix runs in: two producers in different communes (A in Xã Tiên
// Yên = unit X, B in Xã Ba Chẽ = unit Y), one API token per role, and one object of A for every
// kind of record the API names by id. Requests always target A's objects.

export const ROLES = ['anonymous', 'producerA', 'producerB', 'communeX', 'communeY', 'council', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const USERNAMES: Record<Exclude<Role, 'anonymous'>, string> = {
  producerA: 'producer', producerB: 'producer2', communeX: 'commune', communeY: 'commune-y', council: 'council1', officer: 'officer', admin: 'admin',
};
export const UNIT_Y = 'new-06970';

export type World = {
  tokens: Partial<Record<Role, string>>;
  /** Values for path parameters and `$name` placeholders in bodies. */
  ids: Record<string, string | number>;
  /** Structured `$name` placeholders for bodies (a full answer sheet). */
  values: Record<string, unknown>;
  jpeg: Buffer;
  xlsx: Buffer;
  pdf: Buffer;
  /** Makes a new object of A for routes that destroy theirs (one per role). */
  fresh(kind: string): Promise<Record<string, string | number>>;
};

async function firstId(q: Promise<{ id: number } | undefined>, what: string): Promise<number> {
  const row = await q;
  if (row === undefined) throw new Error(`authz world: no ${what}`);
  return row.id;
}

async function tokenOf(srv: TestServer, username: string): Promise<string> {
  return (await createApiToken(srv.server.runtime.ctx, { actor: SYSTEM_ACTOR, username, name: 'authz-matrix' })).token;
}

async function makeCommuneY(admin: Client): Promise<void> {
  const res = await admin.json('POST', '/api/v1/users', { username: USERNAMES.communeY, displayName: 'Cán bộ xã Ba Chẽ (kiểm thử)', password: 'commune-y-password-1', role: 'commune_officer', unitId: UNIT_Y });
  if (res.status !== 201) throw new Error(`commune-y: ${res.status} ${JSON.stringify(res.body)}`);
}

async function uploadImage(producer: Client, productId: number, jpeg: Buffer): Promise<number> {
  const res = await producer.upload(`/api/v1/products/${productId}/images`, jpeg, 'anh.jpg', 'image/jpeg');
  const body = (await res.json()) as { id?: number; images?: { id: number }[] };
  if (res.status !== 201) throw new Error(`image upload: ${res.status} ${JSON.stringify(body)}`);
  return body.id ?? body.images?.at(-1)?.id ?? 0;
}

export async function buildWorld(srv: TestServer): Promise<World> {
  const db = srv.server.runtime.ctx.db;
  const c = await clients(srv, ['producer', 'commune', 'officer', 'admin', 'council1', 'council2', 'council3']);
  const admin = c.admin!;
  await makeCommuneY(admin);
  const tokens: Partial<Record<Role, string>> = {};
  for (const [role, username] of Object.entries(USERNAMES)) tokens[role as Role] = await tokenOf(srv, username);
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c93' } }).jpeg().toBuffer();
  const producerA = (await db.selectFrom('app_user').select(['id', 'producer_id']).where('username', '=', 'producer').executeTakeFirstOrThrow());
  const A = producerA.producer_id ?? 0;
  const product = await firstId(db.selectFrom('product').select('id').where('producer_id', '=', A).where('status', '=', 'certified').where('gtin', 'is not', null).orderBy('id').executeTakeFirst(), 'certified product of A');
  const image = await uploadImage(c.producer!, product, jpeg);
  const councilId = await newCouncil(srv, c.officer!, [{ username: 'council1', role: 'chair' }, { username: 'council2', role: 'member' }, { username: 'council3', role: 'member' }], 'Hội đồng ma trận quyền');
  const dossier: Dossier = await dossierAtCouncil(c, councilId);
  const decided = await decidedDossier(c, councilId);
  const batch = await firstId(db.selectFrom('stamp_batch').select('id').where('producer_id', '=', A).where('status', '=', 'issued').orderBy('id').executeTakeFirst(), 'issued batch of A');
  const serial = (await db.selectFrom('stamp').select('serial').where('batch_id', '=', batch).orderBy('position').executeTakeFirstOrThrow()).serial;
  const certificate = await db.selectFrom('certificate').select(['id', 'number']).where('producer_id', '=', A).orderBy('id').executeTakeFirstOrThrow();
  const alert = await ensureAlert(srv, A);
  const notification = await ensureNotification(srv, producerA.id);
  const ids: Record<string, string | number> = {
    producer: A, producerId: A, product, productId: product, imageId: image, size: '320', dossier: dossier.id, dossierId: dossier.id,
    decidedDossier: decided, evidenceId: dossier.evidence[0]?.id ?? 0, council: councilId, councilId, batch, batchId: batch, serial,
    lot: await firstId(db.selectFrom('lot').select('id').where('producer_id', '=', A).orderBy('id').executeTakeFirst(), 'lot of A'),
    certificate: certificate.id, number: certificate.number, alert, notification,
    idea: await firstId(db.selectFrom('product_idea').select('id').where('producer_id', '=', A).orderBy('id').executeTakeFirst(), 'idea of A'),
    plan: await firstId(db.selectFrom('business_plan').select('id').where('producer_id', '=', A).orderBy('id').executeTakeFirst(), 'plan of A'),
    support: await firstId(db.selectFrom('support_activity').select('id').where('producer_id', '=', A).orderBy('id').executeTakeFirst(), 'support of A'),
    round: await firstId(db.selectFrom('cycle_round').select('id').orderBy('id', 'desc').executeTakeFirst(), 'round'),
    user: producerA.id, unit: 'new-06862', unitId: 'new-06862', version: '26-2026', set: 8,
  };
  ids.lotId = ids.lot ?? 0;
  ids.roundId = ids.round ?? 0;
  ids.ideaId = ids.idea ?? 0;
  const xlsx = await workbook({ producers: [] });
  return { tokens, ids, values: { answers: SET8_COOPERATIVE }, jpeg, xlsx, pdf: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'), fresh: freshMaker(c, A, jpeg) };
}

/** A 1★ dossier of A scored by the whole council, closed and decided (it has a result letter). */
async function decidedDossier(c: Record<string, Client>, councilId: number): Promise<number> {
  const d = await dossierAtCouncil(c, councilId, set8Lowest());
  for (const u of ['council1', 'council2', 'council3']) await score(c[u]!, d.id, set8Lowest());
  await step(c.council1!, d.id, 'close_scoring');
  await step(c.officer!, d.id, 'record_decision', { number: '99/QĐ-UBND', date: vnToday(), signer: SIGNER });
  return d.id;
}

async function ensureAlert(srv: TestServer, producerId: number): Promise<number> {
  const db = srv.server.runtime.ctx.db;
  const now = new Date().toISOString();
  const row = await db.insertInto('alert').values({
    kind: 'pin_reuse', severity: 'high', stamp_id: null, producer_id: producerId, client_key: null, explanation_vi: 'Kiểm thử ma trận quyền', explanation_en: 'Authorization matrix test',
    facts: '{}', rules_version: 'test', count: 1, first_seen: now, last_seen: now, status: 'open', note: null, acknowledged_by: null, acknowledged_at: null, closed_by: null, closed_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function ensureNotification(srv: TestServer, userId: number): Promise<number> {
  const db = srv.server.runtime.ctx.db;
  const row = await db.insertInto('notification').values({ recipient_id: userId, kind: 'test', title_vi: 'Kiểm thử', title_en: 'Test', link: null, created_at: new Date().toISOString(), read_at: null })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function freshMaker(c: Record<string, Client>, producerId: number, jpeg: Buffer): World['fresh'] {
  let seq = 0;
  return async (kind): Promise<Record<string, number>> => {
    seq += 1;
    if (kind === 'product' || kind === 'image') {
      const id = (await ok(c.producer!.json<{ id: number }>('POST', '/api/v1/products', { producerId, name: `Sản phẩm để xoá ${seq}`, setNumber: 8, status: 'developing' }), 201)).id;
      return kind === 'product' ? { id } : { id, imageId: await uploadImage(c.producer!, id, jpeg) };
    }
    if (kind === 'producer') {
      const id = (await ok(c.admin!.json<{ id: number }>('POST', '/api/v1/producers', { name: `Hộ kinh doanh để xoá ${seq}`, type: 'household', unitId: 'new-06862', registrationNo: `22K8${String(seq).padStart(6, '0')}` }), 201)).id;
      return { id };
    }
    if (kind === 'evidence') {
      const d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId: (await freshProduct(c, producerId, seq)), kind: 'first_evaluation' }), 201);
      const up = await c.producer!.upload(`/api/v1/dossiers/${d.id}/evidence?type=registration_form`, Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf', 'application/pdf');
      const ev = (await up.json()) as { id: number };
      return { id: d.id, evidenceId: ev.id };
    }
    throw new Error(`no fresh ${kind}`);
  };
}

async function freshProduct(c: Record<string, Client>, producerId: number, seq: number): Promise<number> {
  return (await ok(c.producer!.json<{ id: number }>('POST', '/api/v1/products', { producerId, name: `Sản phẩm hồ sơ xoá ${seq}`, setNumber: 8, status: 'developing' }), 201)).id;
}

