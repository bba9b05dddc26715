import { expect } from 'vitest';
import { SET8_COOPERATIVE } from '../src/domain/scoring/hand-worked.fixture.js';
import { findSheet, findVersion } from '../src/domain/scoring/library.js';
import type { Criterion } from '../src/domain/scoring/types.js';
import { scoreSheetLibrary } from '../src/rules/score-sheets/index.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import type { TestServer } from './helpers/server.js';

// Shared by the evaluation*.test.ts files: bearer clients, a product ready for evaluation, answer
// sheets of chosen totals on set 8 (a co-operative's squid cake), and the steps to the council.

export type Problem = { type: string; status: number; detail?: string; errors?: { path: string; message: string }[] };
export type Gap = { type: string; reason: string };
export type Evidence = { id: number; type: string; mime: string; bytes: number; url: string; reusedFromId: number | null };
export type Dossier = {
  id: number; state: string; kind: string; productId: number; producerId: number; actions: string[]; reason: string | null; councilId: number | null;
  selfAssessment: { total: number; star: number } | null; rulesVersion: string | null; filedOn: string | null;
  result: { kind: string; star: number; total: number; certificateId: number | null; decisionId: number | null; nationalStatus: string | null; overrideReason: string | null } | null;
  history: { action: string; from: string; to: string; reason: string | null; actorUsername: string }[];
  evidence: Evidence[]; evidenceNeeds: { stillNeeded: Gap[]; complete: boolean };
  clock: { startedAt: string | null; producerDays: number; officialsDays: number; nowWaitingOn: string };
};
export type Scores = {
  visibility: string; expected: number; scored: number; mean: number | null; displayScore: number | null; star: number | null; flagged: string[];
  scores: { username: string; total: number; round: number; latest: boolean }[]; own: { total: number; round: number; flagged: boolean; mayRescore: boolean } | null;
};

export const SIGNER = { name: 'Nguyễn Văn Thử (kiểm thử)', title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] };
export const ALL_SATISFIED = {
  local_raw_materials: { satisfied: true }, local_labour: { satisfied: true }, idea_origin: { satisfied: true }, local_identity: { satisfied: true, note: 'Công thức ủ muối của người Sán Dìu' },
};

/** A small but real PDF header: evidence is recognised by its magic bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

export async function clients(srv: TestServer, usernames: string[]): Promise<Record<string, Client>> {
  const out: Record<string, Client> = {};
  for (const u of usernames) out[u] = await clientFor(srv.url, srv.server.runtime.ctx, u);
  return out;
}

export async function ok<T>(res: Promise<{ status: number; body: T }> | { status: number; body: T }, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

export function vnToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const SET8 = (() => {
  const version = findVersion(scoreSheetLibrary(), '26-2026');
  const sheet = version === undefined ? undefined : findSheet(version, 8);
  if (sheet === undefined) throw new Error('no set 8 sheet');
  return sheet;
})();

/** Points the 3★ and 4★ markers of a criterion require (lowering below them would cap the star). */
function floorPoints(c: Criterion): number {
  return Math.max(0, ...c.options.filter((o) => o.minStar !== undefined && o.minStar <= 4).map((o) => o.points));
}

/** SET8_COOPERATIVE (83 points, 4★) lowered by about `by` points without missing a 3★/4★ marker. */
export function set8Sheet(by = 0): Record<string, number> {
  const answers: Record<string, number> = { ...SET8_COOPERATIVE };
  let left = by;
  for (const c of SET8.criteria) {
    const current = c.options[answers[c.code] ?? 0];
    if (left <= 0 || current === undefined) continue;
    const lower = c.options.filter((o) => o.points < current.points && o.points >= floorPoints(c) && current.points - o.points <= left
      && (o.appliesTo?.producerTypes === undefined || o.appliesTo.producerTypes.includes('cooperative')));
    const best = lower.sort((a, b) => a.points - b.points)[0];
    if (best === undefined) continue;
    left -= current.points - best.points;
    answers[c.code] = best.position;
  }
  return answers;
}

/** The lowest option everywhere a co-operative may choose: under 30 points, 1★. */
export function set8Lowest(): Record<string, number> {
  return Object.fromEntries(SET8.criteria.map((c) => {
    const fits = c.options.filter((o) => o.stopsEvaluation !== true && (o.appliesTo?.producerTypes === undefined || o.appliesTo.producerTypes.includes('cooperative')));
    return [c.code, fits.sort((a, b) => a.points - b.points)[0]?.position ?? 0];
  }));
}

let productSeq = 0;

/** A new set-8 product of the `producer` account's producer (HTX Gà Tiên Yên), in development. */
export async function newProduct(producer: Client, name?: string): Promise<number> {
  productSeq += 1;
  const me = await ok(producer.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me'));
  const body = { producerId: me.user.producerId, name: name ?? `Chả mực Tiên Yên thử nghiệm ${productSeq}`, setNumber: 8, status: 'developing' };
  return (await ok(producer.json<{ id: number }>('POST', '/api/v1/products', body), 201)).id;
}

/** Uploads one PDF per evidence type the dossier still needs. */
export async function uploadMissing(producer: Client, dossierId: number): Promise<void> {
  const d = await ok(producer.json<Dossier>('GET', `/api/v1/dossiers/${dossierId}`));
  for (const g of d.evidenceNeeds.stillNeeded) {
    const res = await producer.upload(`/api/v1/dossiers/${dossierId}/evidence?type=${g.type}`, PDF, `${g.type}.pdf`, 'application/pdf');
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

export async function step(client: Client, dossierId: number, action: string, body: unknown = {}, status = 200): Promise<Dossier> {
  return ok(client.json<Dossier>('POST', `/api/v1/dossiers/${dossierId}/${action}`, body), status);
}

export async function userId(srv: TestServer, username: string): Promise<number> {
  return (await srv.server.runtime.ctx.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

export async function newCouncil(srv: TestServer, officer: Client, seats: { username: string; role: string }[], name = 'Hội đồng thử nghiệm'): Promise<number> {
  const ids = new Map<string, number>();
  for (const s of seats) ids.set(s.username, await userId(srv, s.username));
  const idOf = (u: string) => ids.get(u) ?? 0;
  const body = { name, sessionDate: vnToday(), seats: seats.map((s) => ({ userId: idOf(s.username), role: s.role })) };
  return (await ok(officer.json<{ id: number }>('POST', '/api/v1/councils', body), 201)).id;
}

/** Opens, fills and files a dossier, then takes it through the commune to a council. */
export async function dossierAtCouncil(c: Record<string, Client>, councilId: number, answers: Record<string, number> = SET8_COOPERATIVE): Promise<Dossier> {
  const productId = await newProduct(c.producer!);
  const d = await ok(c.producer!.json<Dossier>('POST', '/api/v1/dossiers', { productId, kind: 'first_evaluation' }), 201);
  await ok(c.producer!.json('PUT', `/api/v1/dossiers/${d.id}/self-assessment`, { answers }));
  await uploadMissing(c.producer!, d.id);
  await step(c.producer!, d.id, 'submit');
  await step(c.commune!, d.id, 'accept_for_review');
  await step(c.commune!, d.id, 'pass_commune_review', { assessment: ALL_SATISFIED });
  return step(c.officer!, d.id, 'send_to_council', { councilId });
}

export async function score(client: Client, dossierId: number, answers: Record<string, number>, status = 201): Promise<Scores> {
  return ok(client.json<Scores>('POST', `/api/v1/dossiers/${dossierId}/scores`, { answers }), status);
}
