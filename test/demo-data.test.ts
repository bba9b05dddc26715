import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoCycle } from '../src/services/setup/load-demo-cycle.js';
import { type TestRuntime, createTestRuntime } from './helpers/runtime.js';

// What a new user sees on first start: the demo register and the cycle's demo data.

let rt: TestRuntime;
beforeAll(async () => {
  rt = await createTestRuntime();
});
afterAll(async () => rt.close());

describe('demo data', () => {
  it("reproduces Quảng Ninh's 2025 star counts", async () => {
    const rows = await rt.ctx.db.selectFrom('product').select(['star']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('star').execute();
    const byStar = Object.fromEntries(rows.map((r) => [String(r.star), Number(r.n)]));
    expect(byStar).toMatchObject({ '3': 326, '4': 103, '5': 8 });
  });

  it('has rounds, ideas in every state the demo file names, plans and support activities', async () => {
    const file = readDemoCycle();
    const rounds = await rt.ctx.db.selectFrom('cycle_round').select('name').execute();
    expect(rounds.map((r) => r.name).sort()).toEqual(file.rounds.map((r) => r.name).sort());
    const ideas = await rt.ctx.db.selectFrom('product_idea').select(['title', 'status']).execute();
    expect(ideas).toHaveLength(file.ideas.length);
    expect(new Set(ideas.map((i) => i.status))).toEqual(new Set(file.ideas.map((i) => i.status)));
    const plans = await rt.ctx.db.selectFrom('business_plan').select('status').execute();
    expect(plans).toHaveLength(file.ideas.filter((i) => i.plan !== undefined).length);
    const support = await rt.ctx.db.selectFrom('support_activity').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(support.n)).toBeGreaterThan(100);
  });

  it('records who moved each demo idea, as the real workflow would', async () => {
    const history = await rt.ctx.db.selectFrom('product_idea_transition').select(['action', 'actor_username']).execute();
    expect(history.filter((h) => h.action === 'accept').every((h) => h.actor_username === 'commune')).toBe(true);
    expect(history.some((h) => h.action === 'submit' && h.actor_username === 'producer')).toBe(true);
  });
});
