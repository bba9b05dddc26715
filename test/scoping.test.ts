import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

// Object-level authorization, endpoint by endpoint: a commune officer works only inside their
// commune (including records still filed under the pre-2025 units that became part of it), and a
// producer member only on their own producer.

type Producer = { id: number; name: string; unitId: string };

let srv: TestServer;
const clients: Record<string, ApiClient> = {};
let byName: Record<string, Producer>;

beforeAll(async () => {
  srv = await startTestServer();
  for (const u of ['officer', 'commune', 'producer', 'producer2', 'council1', 'admin']) {
    clients[u] = new ApiClient(srv.url);
    await clients[u]!.login(u);
  }
  const all = (await (await clients.officer!.get('/api/v1/producers?pageSize=200')).json()) as { items: Producer[] };
  byName = Object.fromEntries(all.items.map((p) => [p.name.split(' (')[0]!, p]));
});
afterAll(async () => srv.close());

const tienYen = () => byName['HTX Gà Tiên Yên Bình Minh']!;
const tienYenOld = () => byName['Hộ kinh doanh Gà đồi Phong Dụ – đăng ký trước 2025']!;
const baChe = () => byName['HTX Trà hoa vàng Ba Chẽ']!;

describe('GET /api/v1/producers (list)', () => {
  it('gives province staff and council members the whole register', async () => {
    for (const u of ['officer', 'admin', 'council1']) {
      const body = (await (await clients[u]!.get('/api/v1/producers')).json()) as { total: number };
      expect(body.total).toBe(6);
    }
  });

  it('gives a commune officer only producers in their commune, including ones filed under an old unit', async () => {
    const body = (await (await clients.commune!.get('/api/v1/producers')).json()) as { items: Producer[] };
    expect(body.items.map((p) => p.id).sort()).toEqual([tienYen().id, tienYenOld().id].sort());
    expect(tienYenOld().unitId).toBe('old-06871');
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
    expect((await clients.commune!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000001' })).status).toBe(404);
    expect((await clients.producer!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000002' })).status).toBe(404);
    expect((await clients.council1!.patch(`/api/v1/producers/${baChe().id}`, { phone: '0900000003' })).status).toBe(403);
    const after = (await (await clients.officer!.get(`/api/v1/producers/${baChe().id}`)).json()) as { phone: string | null };
    expect(after.phone).toBeNull();
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
    expect((await clients.commune!.post('/api/v1/producers', input('new-06970', '5701999001'))).status).toBe(403);
    expect((await clients.commune!.post('/api/v1/producers', input('new-06862', '5701999002'))).status).toBe(201);
  });

  it('refuses producer members and council members', async () => {
    expect((await clients.producer!.post('/api/v1/producers', input('new-06862', '5701999003'))).status).toBe(403);
    expect((await clients.council1!.post('/api/v1/producers', input('new-06862', '5701999004'))).status).toBe(403);
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
