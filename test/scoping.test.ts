import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitScopeIds } from '../src/db/repositories/units.js';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Object-level authorization, endpoint by endpoint: a commune officer works only inside their
// commune (including records still filed under the pre-2025 units that became part of it), and a
// producer member only on their own producer.

type Producer = { id: number; name: string; unitId: string };

let srv: TestServer;
const clients: Record<string, ApiClient> = {};
let byName: Record<string, Producer>;
let all: Producer[];
let tienYenScope: string[];
let oldUnitProducer: Producer;

// The demo register decides how many producers there are; the counts below are computed from it.
// The cases need a producer still filed under a pre-2025 unit of Xã Tiên Yên: the foundation data
// has one, and if a demo register has none, one is registered here.
const OLD_TIEN_YEN_UNIT = 'old-06871';

async function listAll(): Promise<Producer[]> {
  const out: Producer[] = [];
  for (let page = 1; ; page += 1) {
    const body = (await (await clients.officer!.get(`/api/v1/producers?pageSize=200&page=${page}`)).json()) as { items: Producer[]; total: number };
    out.push(...body.items);
    if (out.length >= body.total || body.items.length === 0) return out;
  }
}

beforeAll(async () => {
  srv = await startTestServer();
  for (const u of ['officer', 'commune', 'producer', 'producer2', 'council1', 'admin']) {
    clients[u] = new ApiClient(srv.url);
    await clients[u]!.login(u);
  }
  tienYenScope = await unitScopeIds(srv.server.runtime.ctx.db, 'new-06862');
  all = await listAll();
  if (!all.some((p) => p.unitId === OLD_TIEN_YEN_UNIT)) {
    await clients.officer!.post('/api/v1/producers', { name: 'Hộ kinh doanh Gà đồi Phong Dụ (thêm trong kiểm thử)', type: 'household', registrationNo: 'HKD22060002', unitId: OLD_TIEN_YEN_UNIT });
    all = await listAll();
  }
  byName = Object.fromEntries(all.map((p) => [p.name.split(' (')[0]!, p]));
  oldUnitProducer = all.find((p) => p.unitId === OLD_TIEN_YEN_UNIT)!;
});
afterAll(async () => srv.close());

const tienYen = () => byName['HTX Gà Tiên Yên Bình Minh']!;
const tienYenOld = () => oldUnitProducer;
const baChe = () => byName['HTX Trà hoa vàng Ba Chẽ']!;

describe('GET /api/v1/producers (list)', () => {
  it('gives province staff and council members the whole register', async () => {
    for (const u of ['officer', 'admin', 'council1']) {
      const body = (await (await clients[u]!.get('/api/v1/producers')).json()) as { total: number };
      expect(body.total).toBe(all.length);
    }
  });

  it('gives a commune officer only producers in their commune, including ones filed under an old unit', async () => {
    const body = (await (await clients.commune!.get('/api/v1/producers?pageSize=200')).json()) as { items: Producer[] };
    const expected = all.filter((p) => tienYenScope.includes(p.unitId)).map((p) => p.id);
    expect(body.items.map((p) => p.id).sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining([tienYen().id, tienYenOld().id]));
    expect(tienYenOld().unitId).toBe(OLD_TIEN_YEN_UNIT);
  });

  it('gives a producer member only their own producer', async () => {
    const body = (await (await clients.producer!.get('/api/v1/producers')).json()) as { items: Producer[] };
    expect(body.items.map((p) => p.id)).toEqual([tienYen().id]);
  });
});

describe('GET /api/v1/producers/:id', () => {
  it('answers 404 outside the caller scope, so ids cannot be probed', async () => {
    expect((await clients.commune!.get(`/api/v1/producers/${baChe().id}`)).status).toBe(404);
    expect((await clients.producer!.get(`/api/v1/producers/${baChe().id}`)).status).toBe(404);
    expect((await clients.producer2!.get(`/api/v1/producers/${tienYen().id}`)).status).toBe(404);
  });

  it('answers 200 inside it', async () => {
    expect((await clients.commune!.get(`/api/v1/producers/${tienYenOld().id}`)).status).toBe(200);
    expect((await clients.producer!.get(`/api/v1/producers/${tienYen().id}`)).status).toBe(200);
  });
});

describe('PATCH /api/v1/producers/:id', () => {
  it('refuses changes outside the scope and leaves the record untouched', async () => {
    const before = (await (await clients.officer!.get(`/api/v1/producers/${baChe().id}`)).json()) as { phone: string | null };
    expect((await clients.commune!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000001' })).status).toBe(404);
    expect((await clients.producer!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000002' })).status).toBe(404);
    expect((await clients.council1!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000003' })).status).toBe(403);
    const after = (await (await clients.officer!.get(`/api/v1/producers/${baChe().id}`)).json()) as { phone: string | null };
    expect(after.phone).toBe(before.phone);
  });

  it('lets a producer member edit their own producer and a commune officer one in their commune', async () => {
    expect((await clients.producer!.patch(`/api/v1/producers/${tienYen().id}`, { phone: '0203 388 000' })).status).toBe(200);
    expect((await clients.commune!.patch(`/api/v1/producers/${tienYenOld().id}`, { address: 'Thôn Khe Lặc, Xã Tiên Yên' })).status).toBe(200);
  });

  it('does not let a commune officer move a producer out to another commune', async () => {
    const res = await clients.commune!.patch(`/api/v1/producers/${tienYen().id}`, { unitId: 'new-06970' });
    expect(res.status).toBe(403);
  });
});

describe('POST /api/v1/producers', () => {
  const input = (unitId: string, taxCode: string) => ({ name: 'HTX Thử nghiệm', type: 'cooperative', unitId, taxCode });

  it('lets a commune officer register producers only in their commune', async () => {
    expect((await clients.commune!.post('/api/v1/producers', input('new-06970', '5701999004'))).status).toBe(403);
    expect((await clients.commune!.post('/api/v1/producers', input('new-06862', '5701999011'))).status).toBe(201);
  });

  it('refuses producer members and council members', async () => {
    expect((await clients.producer!.post('/api/v1/producers', input('new-06862', '5701999029'))).status).toBe(403);
    expect((await clients.council1!.post('/api/v1/producers', input('new-06862', '5701999036'))).status).toBe(403);
  });
});

describe('admin-only endpoints', () => {
  const endpoints: [string, string, unknown?][] = [
    ['GET', '/api/v1/users'],
    ['POST', '/api/v1/users', { username: 'x-user', displayName: 'X', password: 'long-enough-1', role: 'province_officer' }],
    ['PATCH', '/api/v1/users/1', { displayName: 'Hijacked' }],
    ['GET', '/api/v1/audit'],
  ];
  for (const [method, path, body] of endpoints) {
    it(`${method} ${path} refuses every role but province admin`, async () => {
      for (const u of ['officer', 'commune', 'producer', 'council1']) {
        expect((await clients[u]!.request(method, path, body)).status, u).toBe(403);
      }
      expect((await new ApiClient(srv.url).request(method, path, body)).status).toBe(401);
    });
  }
});
