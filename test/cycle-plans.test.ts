import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_ACTIONS, PLAN_MACHINE, type PlanAction, type PlanStatus } from '../src/domain/cycle/plan-machine.js';
import { type DemoProducers, type Problem, body, demoProducers, ideaInput, inbox, loginAll, openRound, planInput, vnDay } from './cycle-fixtures.js';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Business plans through the real HTTP API: only against an accepted idea, approved by province
// staff, every illegal transition refused, producers kept apart.

type Plan = {
  id: number; ideaId: number; status: PlanStatus; reason: string | null; investmentVnd: number; expectedRevenueVnd: number;
  producerId: number; actions: string[]; editable: boolean; history: { action: string; from: string; to: string; actorUsername: string }[];
};

let srv: TestServer;
let c: Record<string, ApiClient>;
let roundId: number;
let ids: DemoProducers;

beforeAll(async () => {
  srv = await startTestServer();
  c = await loginAll(srv.url, ['officer', 'admin', 'commune', 'producer', 'producer2', 'council1']);
  roundId = await openRound(c.officer!);
  ids = await demoProducers(srv);
});
afterAll(async () => srv?.close());

/** An idea of `who`'s producer, taken to `state` (accepted by default) by the commune or the province. */
async function idea(who: string, state: 'draft' | 'submitted' | 'accepted' = 'accepted', round = roundId): Promise<number> {
  const { id } = await body<{ id: number }>(await c[who]!.post('/api/v1/ideas', ideaInput(round)), 201);
  if (state === 'draft') return id;
  await body(await c[who]!.post(`/api/v1/ideas/${id}/submit`, {}), 200);
  if (state === 'submitted') return id;
  const screener = who === 'producer2' ? 'officer' : 'commune';
  await body(await c[screener]!.post(`/api/v1/ideas/${id}/accept`, {}), 200);
  return id;
}

const getPlan = async (who: string, id: number) => body<Plan>(await c[who]!.get(`/api/v1/business-plans/${id}`), 200);
const act = (who: string, id: number, action: PlanAction, reason?: string) =>
  c[who]!.post(`/api/v1/business-plans/${id}/${action}`, reason === undefined ? {} : { reason });
const newPlan = async (who: string, ideaId: number) => body<Plan>(await c[who]!.post('/api/v1/business-plans', planInput(ideaId)), 201);

describe('the approval path: draft → submitted → returned → submitted → approved', () => {
  it('moves the plan and notifies province officers, then the producer and its commune', async () => {
    const accepted = await idea('producer');
    const before = { officer: (await inbox(c.officer!)).total, admin: (await inbox(c.admin!)).total, commune: (await inbox(c.commune!)).total };
    const plan = await newPlan('producer', accepted);
    expect(plan).toMatchObject({ status: 'draft', investmentVnd: 1_250_000_000, actions: ['submit'], editable: true });
    const approveDraft = await body<Problem>(await act('officer', plan.id, 'approve'), 409);
    expect(approveDraft.detail).toContain('Cannot approve a business plan in state draft');
    expect(approveDraft.detail).toContain('Không thể phê duyệt phương án kinh doanh ở trạng thái «nháp»');

    await body(await act('producer', plan.id, 'submit'), 200);
    const officerInbox = await inbox(c.officer!);
    expect(officerInbox.total).toBe(before.officer + 1);
    expect(officerInbox.items[0]).toMatchObject({ kind: 'plan.submitted', link: `/portal/business-plans/${plan.id}` });
    expect((await inbox(c.admin!)).total).toBe(before.admin);
    expect((await inbox(c.commune!)).total).toBe(before.commune);
    expect((await getPlan('officer', plan.id)).actions).toEqual(['approve', 'return']);

    const byCommune = await body<Problem>(await act('commune', plan.id, 'approve'), 403);
    expect(byCommune.detail).toContain('Only province OCOP staff may approve a business plan');
    expect((await body<Problem>(await act('officer', plan.id, 'return'), 400)).errors?.map((e) => e.path)).toEqual(['body.reason']);
    await body(await act('officer', plan.id, 'return', 'Chưa có phương án tiêu thụ và dòng tiền'), 200);
    expect((await inbox(c.producer!)).items[0]).toMatchObject({ kind: 'plan.returned' });

    await body(await c.producer!.patch(`/api/v1/business-plans/${plan.id}`, { expectedRevenueVnd: 4_100_000_000 }), 200);
    await body(await act('producer', plan.id, 'submit'), 200);
    expect((await inbox(c.officer!)).items[0]).toMatchObject({ kind: 'plan.resubmitted' });

    const approved = await body<Plan>(await act('officer', plan.id, 'approve', 'Đồng ý, hỗ trợ từ nguồn vốn tỉnh'), 200);
    expect(approved).toMatchObject({ status: 'approved', expectedRevenueVnd: 4_100_000_000, actions: [], editable: false });
    expect(approved.history.map((h) => `${h.from}>${h.to}:${h.actorUsername}`)).toEqual([
      'draft>submitted:producer', 'submitted>returned:officer', 'returned>submitted:producer', 'submitted>approved:officer',
    ]);
    expect((await inbox(c.producer!)).items[0]).toMatchObject({ kind: 'plan.approved' });
    expect((await inbox(c.commune!)).items[0]).toMatchObject({ kind: 'plan.approved', link: `/portal/business-plans/${plan.id}` });
    const audit = await body<{ items: { action: string }[] }>(await c.admin!.get(`/api/v1/audit?entity=business_plan&entityId=${plan.id}`), 200);
    expect(audit.items.map((a) => a.action).reverse()).toEqual([
      'business_plan.create', 'business_plan.submit', 'business_plan.return', 'business_plan.update', 'business_plan.submit', 'business_plan.approve',
    ]);
  });

  it('lets the notifications be read one by one or all at once, each user only their own', async () => {
    const mine = await inbox(c.officer!);
    expect(mine.unread).toBeGreaterThan(0);
    const first = mine.items[0]!;
    const read = await body<{ readAt: string | null }>(await c.officer!.post(`/api/v1/notifications/${first.id}/read`), 200);
    expect(read.readAt).not.toBeNull();
    expect((await inbox(c.officer!)).unread).toBe(mine.unread - 1);
    expect((await c.producer!.post(`/api/v1/notifications/${first.id}/read`)).status).toBe(404);
    expect((await inbox(c.producer!)).items.some((n) => n.id === first.id)).toBe(false);
    const unreadOnly = await body<{ total: number }>(await c.officer!.get('/api/v1/notifications?unread=true'), 200);
    expect(unreadOnly.total).toBe(mine.unread - 1);
    expect(await body<{ updated: number }>(await c.officer!.post('/api/v1/notifications/read-all'), 200)).toEqual({ updated: mine.unread - 1 });
    expect((await inbox(c.officer!)).unread).toBe(0);
    expect((await new ApiClient(srv.url).get('/api/v1/notifications')).status).toBe(401);
  });
});

describe('preconditions and illegal transitions', () => {
  it('needs an accepted idea, once', async () => {
    for (const state of ['draft', 'submitted'] as const) {
      const p = await body<Problem>(await c.producer!.post('/api/v1/business-plans', planInput(await idea('producer', state))), 409);
      expect(p.errors?.map((e) => e.path)).toEqual(['body.ideaId']);
    }
    const accepted = await idea('producer');
    await newPlan('producer', accepted);
    expect((await c.commune!.post('/api/v1/business-plans', planInput(accepted))).status).toBe(409);
    expect((await c.officer!.post('/api/v1/business-plans', planInput(accepted))).status).toBe(403);
  });

  async function planIn(state: PlanStatus): Promise<number> {
    const plan = await newPlan('commune', await idea('producer'));
    const steps: Record<PlanStatus, [string, PlanAction, string?][]> = {
      draft: [], submitted: [['commune', 'submit']], approved: [['commune', 'submit'], ['officer', 'approve']],
      returned: [['commune', 'submit'], ['officer', 'return', 'Thiếu dự toán chi tiết']],
    };
    for (const [who, action, reason] of steps[state]) await body(await act(who, plan.id, action, reason), 200);
    return plan.id;
  }
  const WHO: Record<PlanAction, string> = { submit: 'commune', approve: 'officer', return: 'officer' };
  const legal = (s: PlanStatus, a: PlanAction) => PLAN_MACHINE.transitions.some((t) => t.from === s && t.action === a);

  it('refuses every (state, action) outside the table with 409 naming the state, and changes nothing', async () => {
    let refused = 0;
    for (const state of PLAN_MACHINE.states) {
      const id = await planIn(state);
      const before = await getPlan('officer', id);
      for (const action of PLAN_ACTIONS.filter((a) => !legal(state, a))) {
        const p = await body<Problem>(await act(WHO[action], id, action, 'lý do bất kỳ'), 409);
        expect(p.type).toBe('/problems/illegal-transition');
        expect(p.detail).toContain(`Cannot ${action} a business plan in state ${state}`);
        refused += 1;
      }
      const after = await getPlan('officer', id);
      expect([after.status, after.history]).toEqual([state, before.history]);
    }
    expect(refused).toBe(8);
  });

  it('refuses edits of submitted or approved plans', async () => {
    for (const state of ['submitted', 'approved'] as const) {
      const id = await planIn(state);
      const p = await body<Problem>(await c.commune!.patch(`/api/v1/business-plans/${id}`, { jobs: 99 }), 409);
      expect(p.detail).toContain(`Cannot edit a business plan in state ${state}`);
      expect((await getPlan('commune', id)).status).toBe(state);
    }
  });

  it('refuses a first submission after the round deadline', async () => {
    const late = await openRound(c.officer!);
    const plan = await newPlan('producer', await idea('producer', 'accepted', late));
    await body(await c.officer!.patch(`/api/v1/rounds/${late}`, { ideaFrom: vnDay(-90), ideaTo: vnDay(-60), planDeadline: vnDay(-1) }), 200);
    const p = await body<Problem>(await act('producer', plan.id, 'submit'), 422);
    expect(p.detail).toMatch(/were due by/);
    expect((await getPlan('producer', plan.id)).status).toBe('draft');
  });
});

describe('scoping', () => {
  let draftOfA: number;
  beforeAll(async () => {
    draftOfA = (await newPlan('producer', await idea('producer'))).id;
  });

  it("hides producer A's draft plan from producer B, by list and by id", async () => {
    expect((await c.producer2!.get(`/api/v1/business-plans/${draftOfA}`)).status).toBe(404);
    expect((await c.producer2!.patch(`/api/v1/business-plans/${draftOfA}`, { jobs: 1 })).status).toBe(404);
    expect((await act('producer2', draftOfA, 'submit')).status).toBe(404);
    const theirs = await body<{ items: Plan[]; total: number }>(await c.producer2!.get('/api/v1/business-plans?pageSize=200'), 200);
    expect(theirs.items.some((p) => p.id === draftOfA)).toBe(false);
    const mine = await body<{ items: Plan[] }>(await c.producer!.get('/api/v1/business-plans?status=draft&pageSize=200'), 200);
    expect(mine.items.map((p) => p.id)).toContain(draftOfA);
    expect(mine.items.every((p) => p.producerId === ids.tienYen && p.status === 'draft')).toBe(true);
    expect((await getPlan('producer', draftOfA)).status).toBe('draft');
  });

  it("keeps each commune to its own producers' plans and council members out", async () => {
    const baChePlan = (await newPlan('producer2', await idea('producer2'))).id;
    expect((await c.commune!.get(`/api/v1/business-plans/${baChePlan}`)).status).toBe(404);
    expect((await c.commune!.get(`/api/v1/business-plans/${draftOfA}`)).status).toBe(200);
    const communeList = await body<{ items: Plan[] }>(await c.commune!.get('/api/v1/business-plans?pageSize=200'), 200);
    expect(communeList.items.some((p) => p.id === baChePlan)).toBe(false);
    expect((await c.producer!.post('/api/v1/business-plans', planInput((await getPlan('producer2', baChePlan)).ideaId))).status).toBe(422);
    expect((await c.council1!.get('/api/v1/business-plans')).status).toBe(403);
    expect((await c.council1!.get(`/api/v1/business-plans/${baChePlan}`)).status).toBe(403);
  });
});

describe('bad input', () => {
  it('answers problem+json with field paths and stores nothing', async () => {
    const accepted = await idea('producer');
    const res = await c.producer!.post('/api/v1/business-plans', planInput(accepted, { investmentVnd: -1, jobs: 2.5, summary: 'ngắn' }));
    const p = await body<Problem>(res, 400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['body.investmentVnd', 'body.jobs', 'body.summary']);
    expect((await c.producer!.post('/api/v1/business-plans', planInput(accepted, { investmentVnd: '1000' }))).status).toBe(400);
    const list = await body<{ items: Plan[] }>(await c.producer!.get('/api/v1/business-plans?pageSize=200'), 200);
    expect(list.items.some((pl) => pl.ideaId === accepted)).toBe(false);
  });
});
