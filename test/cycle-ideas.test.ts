import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEA_ACTIONS, IDEA_MACHINE, type IdeaAction, type IdeaStatus } from '../src/domain/cycle/idea-machine.js';
import { type DemoProducers, type Problem, body, demoProducers, ideaInput, inbox, loginAll, openRound, vnDay } from './cycle-fixtures.js';
import { type ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Product ideas through the real HTTP API: the whole screening path with notifications, every
// illegal transition, scoping between producers and communes, and bad input.

type Idea = {
  id: number; status: IdeaStatus; reason: string | null; title: string; producerId: number; actions: string[]; editable: boolean;
  history: { action: string; from: string; to: string; reason: string | null; actorUsername: string }[];
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

const getIdea = async (who: string, id: number) => body<Idea>(await c[who]!.get(`/api/v1/ideas/${id}`), 200);
const act = (who: string, id: number, action: IdeaAction, reason?: string) =>
  c[who]!.post(`/api/v1/ideas/${id}/${action}`, reason === undefined ? {} : { reason });

async function newIdea(who: string, extra: Record<string, unknown> = {}): Promise<Idea> {
  return body<Idea>(await c[who]!.post('/api/v1/ideas', ideaInput(roundId, extra)), 201);
}

describe('the screening path: draft → submitted → returned → submitted → accepted', () => {
  it('moves the idea, keeps the history and notifies whoever acts next', async () => {
    const before = { commune: (await inbox(c.commune!)).total, producer: (await inbox(c.producer!)).total, officer: (await inbox(c.officer!)).total };
    const draft = await newIdea('producer');
    expect(draft).toMatchObject({ status: 'draft', producerId: ids.tienYen, actions: ['submit'], editable: true });

    expect((await body<Idea>(await act('producer', draft.id, 'submit'), 200)).status).toBe('submitted');
    const toScreen = await inbox(c.commune!);
    expect(toScreen.total).toBe(before.commune + 1);
    expect(toScreen.items[0]).toMatchObject({ kind: 'idea.submitted', link: `/portal/ideas/${draft.id}`, readAt: null });
    expect(toScreen.items[0]!.title.vi).toContain(draft.title);
    expect((await getIdea('commune', draft.id)).actions).toEqual(['accept', 'return', 'reject']);

    const returned = await body<Idea>(await act('commune', draft.id, 'return', 'Bổ sung vùng nguyên liệu và sản lượng dự kiến'), 200);
    expect(returned).toMatchObject({ status: 'returned', reason: 'Bổ sung vùng nguyên liệu và sản lượng dự kiến' });
    expect((await inbox(c.producer!)).items[0]).toMatchObject({ kind: 'idea.returned' });

    const edited = await body<Idea>(await c.producer!.patch(`/api/v1/ideas/${draft.id}`, { rawMaterials: 'Gà đồi của 25 hộ thành viên, 12 000 con/năm' }), 200);
    expect(edited.status).toBe('returned');
    await body<Idea>(await act('producer', draft.id, 'submit'), 200);
    expect((await inbox(c.commune!)).items[0]).toMatchObject({ kind: 'idea.resubmitted' });

    const accepted = await body<Idea>(await act('commune', draft.id, 'accept'), 200);
    expect(accepted).toMatchObject({ status: 'accepted', actions: [], editable: false });
    expect(accepted.history.map((h) => [h.from, h.action, h.to, h.actorUsername])).toEqual([
      ['draft', 'submit', 'submitted', 'producer'],
      ['submitted', 'return', 'returned', 'commune'],
      ['returned', 'submit', 'submitted', 'producer'],
      ['submitted', 'accept', 'accepted', 'commune'],
    ]);
    expect(accepted.history[1]!.reason).toBe('Bổ sung vùng nguyên liệu và sản lượng dự kiến');
    const producerInbox = await inbox(c.producer!);
    expect(producerInbox.items.slice(0, 2).map((n) => n.kind)).toEqual(['idea.accepted', 'idea.returned']);
    // The province is not disturbed while the commune has an officer; the other producer hears nothing.
    expect((await inbox(c.officer!)).total).toBe(before.officer);
    expect((await inbox(c.producer2!)).items.filter((n) => n.link === `/portal/ideas/${draft.id}`)).toEqual([]);

    const audit = await body<{ items: { action: string; actorUsername: string }[] }>(await c.admin!.get(`/api/v1/audit?entity=idea&entityId=${draft.id}`), 200);
    expect(audit.items.map((a) => a.action).reverse()).toEqual(['idea.create', 'idea.submit', 'idea.return', 'idea.update', 'idea.submit', 'idea.accept']);
  });

  it('lets a commune officer register and submit an idea on behalf of a producer in their commune', async () => {
    const idea = await newIdea('commune', { producerId: ids.phongDu });
    expect(idea.status).toBe('draft');
    // Actions without a reason need no body at all.
    expect((await body<Idea>(await c.commune!.request('POST', `/api/v1/ideas/${idea.id}/submit`), 200)).status).toBe('submitted');
  });

  it("reaches today's commune officer for a producer still filed under a pre-2025 unit", async () => {
    const phongDu = ids.phongDu!;
    await body(await c.admin!.post('/api/v1/users', { username: 'phongdu', displayName: 'Chủ hộ Phong Dụ', password: 'phong-du-password-1', role: 'producer_member', producerId: phongDu }), 201);
    const [member] = Object.values(await loginAll(srv.url, ['phongdu'], 'phong-du-password-1'));
    const idea = await body<Idea>(await member!.post('/api/v1/ideas', ideaInput(roundId, { title: 'Gà đồi Phong Dụ' })), 201);
    await body(await member!.post(`/api/v1/ideas/${idea.id}/submit`, {}), 200);
    expect((await inbox(c.commune!)).items[0]).toMatchObject({ kind: 'idea.submitted', link: `/portal/ideas/${idea.id}` });
  });
});

describe('illegal transitions', () => {
  // The commune officer is both applicant and screener for Tiên Yên's producer, so only the state decides.
  async function ideaIn(state: IdeaStatus): Promise<number> {
    const { id } = await newIdea('commune', { producerId: ids.tienYen, title: `Ý tưởng ở trạng thái ${state}` });
    const path: Record<IdeaStatus, [IdeaAction, string?][]> = {
      draft: [], submitted: [['submit']], accepted: [['submit'], ['accept']], returned: [['submit'], ['return', 'Thiếu thông tin']], rejected: [['submit'], ['reject', 'Trùng sản phẩm đã có']],
    };
    for (const [action, reason] of path[state]) await body(await act('commune', id, action, reason), 200);
    return id;
  }

  const legal = (s: IdeaStatus, a: IdeaAction) => IDEA_MACHINE.transitions.some((t) => t.from === s && t.action === a);

  it('refuses every (state, action) outside the table with 409 naming the state, and changes nothing', async () => {
    let refused = 0;
    for (const state of IDEA_MACHINE.states) {
      const id = await ideaIn(state);
      const before = await getIdea('commune', id);
      for (const action of IDEA_ACTIONS.filter((a) => !legal(state, a))) {
        const res = await act('commune', id, action, 'lý do bất kỳ');
        const p = await body<Problem>(res, 409);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(p.type).toBe('/problems/illegal-transition');
        expect(p.detail).toContain(`Cannot ${action} an idea in state ${state}`);
        expect(p.detail).toContain(`ở trạng thái «${IDEA_MACHINE.stateNames[state].vi}»`);
        refused += 1;
      }
      const after = await getIdea('commune', id);
      expect(after.status).toBe(state);
      expect(after.history).toEqual(before.history);
    }
    expect(refused).toBe(15);
  });

  it('refuses edits once submitted or decided', async () => {
    for (const state of ['submitted', 'accepted', 'rejected'] as const) {
      const id = await ideaIn(state);
      const p = await body<Problem>(await c.commune!.patch(`/api/v1/ideas/${id}`, { title: 'Tên mới' }), 409);
      expect(p.detail).toContain(`Cannot edit an idea in state ${state}`);
      expect((await getIdea('commune', id)).title).toBe(`Ý tưởng ở trạng thái ${state}`);
    }
  });

  it('refuses screening by the applicant and decisions without a reason', async () => {
    const { id } = await newIdea('producer');
    await body(await act('producer', id, 'submit'), 200);
    const p = await body<Problem>(await act('producer', id, 'accept'), 403);
    expect(p.detail).toContain('may accept an idea');
    const noReason = await body<Problem>(await act('commune', id, 'reject'), 400);
    expect(noReason.errors?.map((e) => e.path)).toEqual(['body.reason']);
    await body<Problem>(await act('commune', id, 'return', '  '), 400);
    expect((await getIdea('producer', id)).status).toBe('submitted');
  });

  it('refuses a first submission outside the intake window', async () => {
    const closed = await openRound(c.officer!, { ideaFrom: vnDay(-60), ideaTo: vnDay(-30), planDeadline: vnDay(-1) });
    const idea = await body<Idea>(await c.producer!.post('/api/v1/ideas', ideaInput(closed)), 201);
    const p = await body<Problem>(await act('producer', idea.id, 'submit'), 422);
    expect(p.detail).toMatch(/Idea intake .* is open from/);
    expect((await getIdea('producer', idea.id)).status).toBe('draft');
  });
});

describe('scoping', () => {
  let baCheIdea: number;
  beforeAll(async () => {
    baCheIdea = (await newIdea('producer2', { title: 'Trà hoa vàng túi lọc' })).id;
    await body(await act('producer2', baCheIdea, 'submit'), 200);
  });

  it("keeps the commune officer of Tiên Yên from seeing or screening Ba Chẽ's idea", async () => {
    expect((await c.commune!.get(`/api/v1/ideas/${baCheIdea}`)).status).toBe(404);
    for (const action of ['accept', 'return', 'reject'] as const) expect((await act('commune', baCheIdea, action, 'không thuộc xã')).status).toBe(404);
    expect((await c.commune!.patch(`/api/v1/ideas/${baCheIdea}`, { title: 'x x x' })).status).toBe(404);
    const list = await body<{ items: Idea[] }>(await c.commune!.get('/api/v1/ideas?pageSize=200'), 200);
    expect(list.items.some((i) => i.id === baCheIdea)).toBe(false);
    expect((await getIdea('officer', baCheIdea)).status).toBe('submitted');
  });

  it("keeps producers to their own ideas, by list and by id", async () => {
    expect((await c.producer!.get(`/api/v1/ideas/${baCheIdea}`)).status).toBe(404);
    const mine = await body<{ items: Idea[] }>(await c.producer!.get('/api/v1/ideas?pageSize=200'), 200);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.producerId === ids.tienYen)).toBe(true);
    const theirs = await body<{ items: Idea[] }>(await c.producer2!.get(`/api/v1/ideas?roundId=${roundId}&pageSize=200`), 200);
    expect(theirs.items.map((i) => i.id)).toEqual([baCheIdea]);
  });

  it('lets province staff screen any commune, notifying that producer', async () => {
    // Ba Chẽ has no commune officer account, so its submissions went to the province.
    expect((await inbox(c.officer!)).items.some((n) => n.kind === 'idea.submitted' && n.link === `/portal/ideas/${baCheIdea}`)).toBe(true);
    await body(await act('officer', baCheIdea, 'accept'), 200);
    expect((await inbox(c.producer2!)).items[0]).toMatchObject({ kind: 'idea.accepted', link: `/portal/ideas/${baCheIdea}` });
  });

  it('refuses to register ideas for producers outside the caller scope', async () => {
    const baChe = ids.baChe;
    const fromCommune = await body<Problem>(await c.commune!.post('/api/v1/ideas', ideaInput(roundId, { producerId: baChe })), 422);
    expect(fromCommune.errors?.map((e) => e.path)).toEqual(['body.producerId']);
    expect((await c.producer!.post('/api/v1/ideas', ideaInput(roundId, { producerId: baChe }))).status).toBe(422);
    expect((await c.officer!.post('/api/v1/ideas', ideaInput(roundId, { producerId: baChe }))).status).toBe(403);
  });

  it('gives council members no access to ideas', async () => {
    expect((await c.council1!.get('/api/v1/ideas')).status).toBe(403);
    expect((await c.council1!.get(`/api/v1/ideas/${baCheIdea}`)).status).toBe(403);
    expect((await c.council1!.post('/api/v1/ideas', ideaInput(roundId))).status).toBe(403);
  });
});

describe('bad input', () => {
  it('answers problem+json with field paths and stores nothing', async () => {
    const before = (await body<{ total: number }>(await c.producer!.get('/api/v1/ideas'), 200)).total;
    const res = await c.producer!.post('/api/v1/ideas', { ...ideaInput(roundId), roundId: undefined, productSet: 27, title: '' });
    const p = await body<Problem>(res, 400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['body.productSet', 'body.roundId', 'body.title']);
    expect((await c.producer!.post('/api/v1/ideas', ideaInput(roundId, { productSet: 0 }))).status).toBe(400);
    const unknownRound = await body<Problem>(await c.producer!.post('/api/v1/ideas', ideaInput(999_999)), 422);
    expect(unknownRound.errors?.map((e) => e.path)).toEqual(['body.roundId']);
    expect((await c.producer!.post('/api/v1/ideas', { ...ideaInput(roundId), status: 'accepted' })).status).toBe(400);
    const unknownProduct = await body<Problem>(await c.producer!.post('/api/v1/ideas', ideaInput(roundId, { productId: 987_654 })), 422);
    expect(unknownProduct.errors?.map((e) => e.path)).toEqual(['body.productId']);
    expect((await body<{ total: number }>(await c.producer!.get('/api/v1/ideas'), 200)).total).toBe(before);
  });
});
