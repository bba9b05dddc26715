import { statSync } from 'node:fs';
import type { Insertable } from 'kysely';
import { insertCouncil, insertScore, replaceSeats } from '../../db/repositories/councils.js';
import { insertEvidence } from '../../db/repositories/dossier-evidence.js';
import { insertDossier, insertDossierTransitions } from '../../db/repositories/dossiers.js';
import { updateProductRow } from '../../db/repositories/products.js';
import type { DossierTable } from '../../db/schema-evaluation.js';
import { rulesForFiling } from '../../domain/evaluation/certificate-validity.js';
import { evidenceNeeds } from '../../domain/evaluation/evidence.js';
import type { DossierKind, DossierState } from '../../domain/evaluation/types.js';
import { versionInForce } from '../../domain/scoring/library.js';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';
import { certificationRules, councilRulesOn, dossierWorkflowOn } from '../../rules/evaluation/index.js';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import type { Tx } from '../context.js';
import { classifyOnSheet } from '../dossiers/dossier-sheet.js';
import { DEMO_EVIDENCE_KEY, evidencePath } from '../dossiers/evidence-store.js';
import { demoAnswers } from './demo-answers.js';

// A few dossiers in progress so the workflow is visible on a fresh start: the register's
// "submitted" products filed at their communes, a Tiên Yên craft product in the commune's
// pre-assessment (the `commune` login), and an upgrade of HTX Gà Tiên Yên's salted chicken (the
// `producer` login) before the demo council (council1 chair, council2 secretary, council3),
// where council1 has already scored. Their evidence is one bundled sample PDF (nothing is
// written into the data folder).

export type DemoProduct = { key: string; productId: number; producerId: number; status: string; star: number | null; certifiedOn: string | null };
type Step = readonly [action: string, to: DossierState, actor: string, daysAgo: number];
type Plan = { product: DemoProduct; kind: DossierKind; steps: readonly Step[]; councilId?: number };
type Ctx = { trx: Tx; at: string; today: string; users: Map<string, number> };

const DEMO_EVIDENCE_BYTES = statSync(evidencePath({ filesDir: '' }, DEMO_EVIDENCE_KEY, 'application/pdf')).size;

const COMMUNE_OK = { local_raw_materials: { satisfied: true }, local_labour: { satisfied: true }, idea_origin: { satisfied: true }, local_identity: { satisfied: true } };

function daysAgo(c: Ctx, days: number): string {
  return new Date(Date.parse(c.at) - days * 86_400_000).toISOString();
}

async function attachEvidence(c: Ctx, dossierId: number, kind: DossierKind, setNumber: number, filedOn: string): Promise<void> {
  const needed = evidenceNeeds(dossierWorkflowOn(c.today), { kind, setNumber, filedOn, previous: [], uploads: [] }).stillNeeded;
  await insertEvidence(c.trx, needed.map((g) => ({
    dossier_id: dossierId, type: g.type, file_key: DEMO_EVIDENCE_KEY, mime: 'application/pdf', bytes: DEMO_EVIDENCE_BYTES, valid_until: null,
    reused_from_id: null, uploaded_by: null, uploaded_at: `${filedOn}T02:00:00.000Z`,
  })));
}

async function producerType(c: Ctx, producerId: number) {
  const p = await c.trx.selectFrom('producer').select('type').where('id', '=', producerId).executeTakeFirst();
  return PRODUCER_TYPE_INPUTS.find((t) => t === p?.type) ?? 'household';
}

async function dossierRow(c: Ctx, plan: Plan, setNumber: number, state: DossierState): Promise<Insertable<DossierTable>> {
  const version = versionInForce(scoreSheetLibrary(), c.today);
  const first = plan.steps[0];
  const filedOn = daysAgo(c, first?.[3] ?? 0).slice(0, 10);
  const type = await producerType(c, plan.product.producerId);
  const sheet = { score_version: version?.id ?? '26-2026', set_number: setNumber };
  const self = demoAnswers(sheetOrThrow(sheet), type, 0.7);
  const result = tryClassify(sheet, { answers: self.answers, producerType: type, case: self.case ?? null });
  const cert = plan.kind === 'first_evaluation' ? undefined : await c.trx.selectFrom('certificate').select('id').where('product_id', '=', plan.product.productId).executeTakeFirst();
  return {
    product_id: plan.product.productId, producer_id: plan.product.producerId, kind: plan.kind, state, workflow_version: dossierWorkflowOn(c.today).id,
    score_version: sheet.score_version, set_number: setNumber, producer_type: type, provider_case: self.case ?? null, rules_version: rulesForFiling(certificationRules(), filedOn).id,
    previous_certificate_id: cert?.id ?? null, product_status_before: plan.kind === 'first_evaluation' ? 'developing' : null,
    self_answers: result === undefined ? null : JSON.stringify(self.answers), self_total: result?.total ?? null, self_star: result?.star ?? null,
    commune_assessment: plan.steps.some((s) => s[0] === 'pass_commune_review') ? JSON.stringify(COMMUNE_OK) : null, council_id: plan.councilId ?? null,
    created_at: daysAgo(c, (first?.[3] ?? 0) + 2), updated_at: daysAgo(c, plan.steps[plan.steps.length - 1]?.[3] ?? 0), submitted_at: daysAgo(c, first?.[3] ?? 0), filed_on: filedOn,
  };
}

function sheetOrThrow(ref: { score_version: string; set_number: number }) {
  const v = scoreSheetLibrary().versions.find((x) => x.id === ref.score_version);
  const sheet = v?.sheets.find((s) => s.setNumber === ref.set_number);
  if (sheet === undefined) throw new Error(`no demo sheet for set ${ref.set_number}`);
  return sheet;
}

function tryClassify(ref: { score_version: string; set_number: number }, set: Parameters<typeof classifyOnSheet>[1]) {
  try {
    return classifyOnSheet(ref, set);
  } catch {
    return undefined;
  }
}

async function addDossier(c: Ctx, plan: Plan): Promise<number> {
  const product = await c.trx.selectFrom('product').select('set_number').where('id', '=', plan.product.productId).executeTakeFirstOrThrow();
  const last = plan.steps[plan.steps.length - 1];
  const row = await dossierRow(c, plan, product.set_number, last?.[1] ?? 'draft');
  const id = await insertDossier(c.trx, row);
  let from: string = 'draft';
  await insertDossierTransitions(c.trx, plan.steps.map(([action, to, actor, days]) => {
    const t = { dossier_id: id, at: daysAgo(c, days), action, from_status: from, to_status: to, reason: null, actor_id: c.users.get(actor) ?? null, actor_username: actor };
    from = to;
    return t;
  }));
  await attachEvidence(c, id, plan.kind, product.set_number, row.filed_on ?? c.today);
  if (plan.kind === 'first_evaluation') await updateProductRow(c.trx, plan.product.productId, { status: 'submitted', star: null, updated_at: c.at });
  return id;
}

const DEMO_SEATS = [['council1', 'chair'], ['council2', 'secretary'], ['council3', 'member']] as const;

function councilRulesToday(today: string) {
  try {
    return councilRulesOn(today);
  } catch {
    return undefined;
  }
}

async function demoCouncil(c: Ctx): Promise<number | undefined> {
  const rules = councilRulesToday(c.today);
  const seats = DEMO_SEATS.flatMap(([username, role]) => {
    const userId = c.users.get(username);
    return userId === undefined ? [] : [{ userId, role, present: true }];
  });
  if (rules === undefined || seats.length < DEMO_SEATS.length) return undefined;
  const id = await insertCouncil(c.trx, { name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh (dữ liệu mẫu)', round_id: null, session_date: c.today, rules_version: rules.id, notes: null, created_by: null, created_at: c.at, updated_at: c.at });
  await replaceSeats(c.trx, id, seats);
  return id;
}

async function firstScore(c: Ctx, dossierId: number, councilId: number, member: number | undefined): Promise<void> {
  const d = await c.trx.selectFrom('dossier').select(['score_version', 'set_number', 'producer_type']).where('id', '=', dossierId).executeTakeFirstOrThrow();
  const type = PRODUCER_TYPE_INPUTS.find((t) => t === d.producer_type) ?? 'household';
  const sheet = demoAnswers(sheetOrThrow(d), type, 0.8);
  const result = tryClassify(d, { answers: sheet.answers, producerType: type, case: sheet.case ?? null });
  if (result === undefined || member === undefined) return;
  await insertScore(c.trx, {
    dossier_id: dossierId, council_id: councilId, member_id: member, round: 1, answers: JSON.stringify(sheet.answers), producer_type: type, provider_case: sheet.case ?? null,
    total: result.total, parts: JSON.stringify(Object.fromEntries(result.parts.map((p) => [p.code, p.points]))), star: result.star, submitted_at: daysAgo(c, 1),
  });
}

export async function loadDemoDossiers(trx: Tx, opts: { products: DemoProduct[]; at: string; today: string }): Promise<number> {
  const users = new Map((await trx.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
  const c: Ctx = { trx, at: opts.at, today: opts.today, users };
  const byKey = new Map(opts.products.map((p) => [p.key, p]));
  const plans: Plan[] = opts.products.filter((p) => p.status === 'submitted').map((product, i) => ({ product, kind: 'first_evaluation', steps: [['submit', 'submitted', 'system', 3 + i * 2]] }));
  const craft = byKey.get('htx-truong-thinh-tien-yen-tre-may-2');
  if (craft !== undefined) plans.push({ product: craft, kind: 'first_evaluation', steps: [['submit', 'submitted', 'system', 9], ['accept_for_review', 'commune_review', 'commune', 6]] });
  const chicken = byKey.get('ga-tien-yen-ga-u-muoi-1');
  const councilId = chicken === undefined ? undefined : await demoCouncil(c);
  if (chicken !== undefined && councilId !== undefined) {
    plans.push({ product: chicken, kind: 'upgrade', councilId, steps: [['submit', 'submitted', 'producer', 20], ['accept_for_review', 'commune_review', 'commune', 18], ['pass_commune_review', 'advisory_review', 'commune', 15], ['send_to_council', 'council_scoring', 'officer', 3]] });
  }
  for (const plan of plans) {
    const id = await addDossier(c, plan);
    if (plan.councilId !== undefined) await firstScore(c, id, plan.councilId, users.get('council1'));
  }
  return plans.length;
}
