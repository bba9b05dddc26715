import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { insertPlan, insertPlanTransition } from '../../db/repositories/business-plans.js';
import { insertIdea, insertIdeaTransition } from '../../db/repositories/ideas.js';
import { insertRound } from '../../db/repositories/rounds.js';
import { FUNDING_SOURCES, SUPPORT_KINDS } from '../../domain/cycle/support.js';
import { IDEA_STATES } from '../../domain/cycle/idea-machine.js';
import { PLAN_STATES } from '../../domain/cycle/plan-machine.js';
import type { Tx } from '../context.js';
import { demoSupportActivities } from './demo-support.js';

// Demo rounds, ideas, plans and support activities (src/rules/demo/cycle.json), so every cycle
// screen and the funding summary show something on first start.

const Day = z.iso.date();
const Plan = z.object({ summary: z.string(), investmentVnd: z.number().int(), expectedRevenueVnd: z.number().int(), jobs: z.number().int(), timeline: z.string(), status: z.enum(PLAN_STATES) });
const Idea = z.object({
  round: z.string(), producer: z.string(), title: z.string(), setNumber: z.number().int(), description: z.string(),
  rawMaterials: z.string(), market: z.string(), status: z.enum(IDEA_STATES), reason: z.string().optional(), plan: Plan.optional(),
});
const Round = z.object({
  key: z.string(), name: z.string(), year: z.number().int(), promotionFrom: Day, ideaFrom: Day, ideaTo: Day, planDeadline: Day,
  evaluationFrom: Day, evaluationTo: Day, councilDate: Day, tradePromotionFrom: Day,
});
const SupportKindSpec = z.object({
  kind: z.enum(SUPPORT_KINDS), weight: z.number().positive(), cost: z.tuple([z.number().int(), z.number().int()]),
  sources: z.partialRecord(z.enum(FUNDING_SOURCES), z.number().positive()), describe: z.string(),
});
export const DemoCycleFile = z.object({
  note: z.string(),
  rounds: z.array(Round),
  ideas: z.array(Idea),
  support: z.object({ seed: z.number().int(), years: z.array(z.number().int()), activitiesPerProducer: z.tuple([z.number().int(), z.number().int()]), kinds: z.array(SupportKindSpec) }),
});
export type DemoCycleFile = z.infer<typeof DemoCycleFile>;
export type SupportKindSpec = z.infer<typeof SupportKindSpec>;

const CYCLE_FILE = new URL('../../rules/demo/cycle.json', import.meta.url);

export function readDemoCycle(): DemoCycleFile {
  return DemoCycleFile.parse(JSON.parse(readFileSync(CYCLE_FILE, 'utf8')));
}

async function insertRounds(trx: Tx, file: DemoCycleFile, at: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const r of file.rounds) {
    const row = await insertRound(trx, {
      name: r.name, year: r.year, promotion_from: r.promotionFrom, idea_from: r.ideaFrom, idea_to: r.ideaTo, plan_deadline: r.planDeadline,
      evaluation_from: r.evaluationFrom, evaluation_to: r.evaluationTo, council_date: r.councilDate, trade_promotion_from: r.tradePromotionFrom,
      notes: 'Dữ liệu mẫu', created_by: null, created_at: at, updated_at: at,
    });
    ids.set(r.key, row.id);
  }
  return ids;
}

type IdeaSpec = z.infer<typeof Idea>;
type Who = { id: number | null; username: string };

// The transitions that lead to each demo status, with who took them (the commune screens ideas,
// the province approves plans).
const IDEA_PATH: Record<IdeaSpec['status'], readonly [string, string, string][]> = {
  draft: [], submitted: [['submit', 'draft', 'submitted']],
  accepted: [['submit', 'draft', 'submitted'], ['accept', 'submitted', 'accepted']],
  returned: [['submit', 'draft', 'submitted'], ['return', 'submitted', 'returned']],
  rejected: [['submit', 'draft', 'submitted'], ['reject', 'submitted', 'rejected']],
};

async function insertIdeaWithHistory(trx: Tx, spec: IdeaSpec, ids: { round: number; producer: number }, who: { producer: Who; screener: Who }, at: string): Promise<number> {
  const submitted = spec.status === 'draft' ? null : at;
  const ideaId = await insertIdea(trx, {
    round_id: ids.round, producer_id: ids.producer, product_id: null, title: spec.title, product_set: spec.setNumber, description: spec.description,
    raw_materials: spec.rawMaterials, expected_market: spec.market, status: spec.status, reason: spec.reason ?? null, created_by: who.producer.id,
    created_at: at, updated_at: at, submitted_at: submitted, decided_at: ['accepted', 'returned', 'rejected'].includes(spec.status) ? at : null,
  });
  for (const [action, from, to] of IDEA_PATH[spec.status]) {
    const actor = action === 'submit' ? who.producer : who.screener;
    await insertIdeaTransition(trx, { idea_id: ideaId, at, action, from_status: from, to_status: to, reason: action === 'return' ? (spec.reason ?? null) : null, actor_id: actor.id, actor_username: actor.username });
  }
  return ideaId;
}

async function insertPlanWithHistory(trx: Tx, plan: z.infer<typeof Plan>, ids: { idea: number; round: number; producer: number }, who: { producer: Who; approver: Who }, at: string): Promise<void> {
  const planId = await insertPlan(trx, {
    idea_id: ids.idea, round_id: ids.round, producer_id: ids.producer, product_id: null, summary: plan.summary, investment_vnd: plan.investmentVnd,
    expected_revenue_vnd: plan.expectedRevenueVnd, jobs: plan.jobs, timeline: plan.timeline, status: plan.status, reason: null, created_by: who.producer.id,
    created_at: at, updated_at: at, submitted_at: plan.status === 'draft' ? null : at, decided_at: plan.status === 'approved' ? at : null,
  });
  const steps: [string, string, string, Who][] = [];
  if (plan.status !== 'draft') steps.push(['submit', 'draft', 'submitted', who.producer]);
  if (plan.status === 'approved') steps.push(['approve', 'submitted', 'approved', who.approver]);
  for (const [action, from, to, actor] of steps) {
    await insertPlanTransition(trx, { plan_id: planId, at, action, from_status: from, to_status: to, reason: null, actor_id: actor.id, actor_username: actor.username });
  }
}

async function userRef(trx: Tx, username: string): Promise<Who> {
  const row = await trx.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
  return { id: row?.id ?? null, username };
}

/** Loads the demo cycle. `producerIds` maps demo producer keys to their ids; unknown keys are skipped. */
export async function loadDemoCycle(trx: Tx, producerIds: ReadonlyMap<string, number>, at: string): Promise<{ ideas: number; support: number }> {
  const file = readDemoCycle();
  const rounds = await insertRounds(trx, file, at);
  const [producer, producer2, commune, officer] = await Promise.all(['producer', 'producer2', 'commune', 'officer'].map((u) => userRef(trx, u)));
  if (producer === undefined || producer2 === undefined || commune === undefined || officer === undefined) throw new Error('demo accounts missing');
  // Ideas of producers without a demo account are filed as if by their own (unnamed) members.
  const applicantOf = (key: string): Who => (key === 'ga-tien-yen' ? producer : key === 'tra-hoa-vang' ? producer2 : { id: null, username: 'demo' });
  let ideas = 0;
  for (const spec of file.ideas) {
    const producerId = producerIds.get(spec.producer);
    const roundId = rounds.get(spec.round);
    if (producerId === undefined || roundId === undefined) continue;
    const applicant = applicantOf(spec.producer);
    const ideaId = await insertIdeaWithHistory(trx, spec, { round: roundId, producer: producerId }, { producer: applicant, screener: commune }, at);
    if (spec.plan !== undefined) await insertPlanWithHistory(trx, spec.plan, { idea: ideaId, round: roundId, producer: producerId }, { producer: applicant, approver: officer }, at);
    ideas += 1;
  }
  const support = await demoSupportActivities(trx, file.support, [...producerIds.values()], at);
  return { ideas, support };
}
