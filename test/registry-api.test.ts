import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor, validTaxCodes } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The registry API: identifier validation, diacritics-insensitive search, filters (including
// pre-2025 units), members, the catalogue. Every test makes the records it looks for.

type Producer = { id: number; name: string; unitId: string; taxCode: string | null };
type Product = { id: number; name: string; gtin: string | null; star: number | null; status: string; classification: { setNumber: number; group: { code: string }; sector: { code: string }; ministries: { code: string }[] } };
type Page<T> = { items: T[]; total: number };

let srv: TestServer;
let officer: Client;
let producer: Client;
let producer2: Client;
const codes = validTaxCodes('570198', 12);
const code = (i: number) => codes[i]!;

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  producer = await clientFor(srv.url, ctx, 'producer');
  producer2 = await clientFor(srv.url, ctx, 'producer2');
});
afterAll(async () => srv.close());

const newProducer = (over: Record<string, unknown>) => ({ name: 'HTX Thử nghiệm', type: 'cooperative', unitId: 'new-06862', ...over });

describe('producer identifiers', () => {
  it('accepts a tax code with a valid mod-11 check digit and refuses a wrong one with the field path', async () => {
    const bad = await officer.json<{ errors: { path: string; message: string }[] }>('POST', '/api/v1/producers', newProducer({ taxCode: '5701900101' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: 'body.taxCode' });
    expect(bad.body.errors[0]!.message).toMatch(/check digit/);
    const good = await officer.json<Producer>('POST', '/api/v1/producers', newProducer({ name: 'HTX Mã số thuế đúng', taxCode: code(0) }));
    expect(good.status).toBe(201);
    const branch = await officer.json('POST', '/api/v1/producers', newProducer({ name: 'Chi nhánh HTX', taxCode: `${code(0)}-001` }));
    expect(branch.status).toBe(201);
  });

  it('needs a tax code from enterprises and accepts a registration number from households', async () => {
    const enterprise = await officer.json<{ errors: { path: string }[] }>('POST', '/api/v1/producers', newProducer({ type: 'enterprise', registrationNo: 'HKD999001' }));
    expect(enterprise.status).toBe(422);
    expect(enterprise.body.errors[0]!.path).toBe('body.taxCode');
    const household = await officer.json<Producer & { registrationNo: string }>('POST', '/api/v1/producers', newProducer({ name: 'Hộ Nguyễn Văn A', type: 'household', registrationNo: '22a8009999' }));
    expect(household.status).toBe(201);
    expect(household.body.registrationNo).toBe('22A8009999');
    const twice = await officer.json('POST', '/api/v1/producers', newProducer({ name: 'Hộ khác', type: 'household', registrationNo: '22A8009999' }));
    expect(twice.status).toBe(409);
  });

  it('validates employee counts against the total', async () => {
    const res = await officer.json<{ errors: { path: string }[] }>('POST', '/api/v1/producers', newProducer({ taxCode: code(1), employees: { total: 5, women: 6 } }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toContain('body.employees.women');
  });

  it('stores the representative flags the criteria use', async () => {
    const rep = { name: 'Hoàng Thị Mai', position: 'Chủ nhiệm', woman: true, ethnicMinority: true, disability: false };
    const res = await officer.json<{ representative: typeof rep; employees: unknown }>('POST', '/api/v1/producers', newProducer({ name: 'HTX Đại diện', taxCode: code(2), representative: rep, employees: { total: 10, women: 6, ethnicMinority: 3 } }));
    expect(res.status).toBe(201);
    expect(res.body.representative).toEqual(rep);
    expect(res.body.employees).toEqual({ total: 10, women: 6, ethnicMinority: 3 });
  });
});

describe('products', () => {
  let owner: Producer;
  beforeAll(async () => {
    owner = (await officer.json<Producer>('POST', '/api/v1/producers', newProducer({ name: 'HTX Sản phẩm thử', taxCode: code(3) }))).body;
  });

  it('derives group, sector and ministry from the product set and normalises the GTIN to 14 digits', async () => {
    const res = await officer.json<Product>('POST', '/api/v1/products', { producerId: owner.id, name: 'Mật ong rừng', setNumber: 4, gtin: '8934588012228' });
    expect(res.status).toBe(201);
    expect(res.body.gtin).toBe('08934588012228');
    expect(res.body.classification).toMatchObject({ setNumber: 4, group: { code: 'I.2' }, sector: { code: 'I' } });
    expect(res.body.classification.ministries.length).toBeGreaterThan(0);
    expect(res.body.status).toBe('idea');
  });

  it('refuses a wrong GTIN check digit, an unknown set and a star on an uncertified product', async () => {
    const res = await officer.json<{ errors: { path: string }[] }>('POST', '/api/v1/products', { producerId: owner.id, name: 'Sai', setNumber: 27, gtin: '8934588012229' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path).sort()).toEqual(['body.gtin', 'body.setNumber']);
    const star = await officer.json<{ errors: { path: string }[] }>('POST', '/api/v1/products', { producerId: owner.id, name: 'Sai', setNumber: 4, star: 4 });
    expect(star.body.errors.map((e) => e.path)).toEqual(['body.star']);
    const dup = await officer.json('POST', '/api/v1/products', { producerId: owner.id, name: 'Khác', setNumber: 4, gtin: '08934588012228' });
    expect(dup.status).toBe(409);
  });

  it('keeps certificates and sales points as embedded lists', async () => {
    const created = await officer.json<Product & { certificates: unknown[]; salesPoints: unknown[] }>('POST', '/api/v1/products', {
      producerId: owner.id, name: 'Nấm linh chi', setNumber: 17, status: 'certified', star: 3,
      certificates: [{ kind: 'organic', number: 'HC-01', issuer: 'Control Union', validFrom: '2025-01-01', validTo: '2028-01-01' }],
      salesPoints: [{ name: 'Sàn TMĐT', kind: 'online' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.certificates).toHaveLength(1);
    const patched = await officer.json<{ certificates: unknown[]; salesPoints: unknown[] }>('PATCH', `/api/v1/products/${created.body.id}`, { certificates: [] });
    expect(patched.body.certificates).toEqual([]);
    expect(patched.body.salesPoints).toHaveLength(1);
    const backwards = await officer.json<{ errors: { path: string }[] }>('PATCH', `/api/v1/products/${created.body.id}`, { certificates: [{ kind: 'vietgap', validFrom: '2025-01-01', validTo: '2024-01-01' }] });
    expect(backwards.body.errors[0]!.path).toBe('body.certificates.0.validTo');
  });

  it('lets producers work only in the registry statuses', async () => {
    const me = (await producer.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me')).body.user.producerId;
    const res = await producer.json('POST', '/api/v1/products', { producerId: me, name: 'Sản phẩm tự công nhận', setNumber: 2, status: 'certified', star: 5 });
    expect(res.status).toBe(422);
    const ok = await producer.json<Product>('POST', '/api/v1/products', { producerId: me, name: 'Ý tưởng mới', setNumber: 2 });
    expect(ok.status).toBe(201);
    expect((await producer.json('PATCH', `/api/v1/products/${ok.body.id}`, { status: 'developing' })).status).toBe(200);
    expect((await producer.json('PATCH', `/api/v1/products/${ok.body.id}`, { status: 'evaluating' })).status).toBe(422);
  });
});

describe('search and filters', () => {
  let baChe: Producer;
  let oldUnit: Producer;
  beforeAll(async () => {
    baChe = (await officer.json<Producer>('POST', '/api/v1/producers', newProducer({ name: 'HTX Trà hoa vàng Đồng Văn', taxCode: code(4), unitId: 'new-06970' }))).body;
    oldUnit = (await officer.json<Producer>('POST', '/api/v1/producers', newProducer({ name: 'Hộ Đặng Văn Tài', type: 'household', registrationNo: 'HKD-PD-0042', unitId: 'old-06871' }))).body;
    for (const [producerId, name, setNumber, status, star] of [[baChe.id, 'Trà hoa vàng sấy khô', 9, 'certified', 4], [baChe.id, 'Rượu ba kích tím', 7, 'certified', 3], [oldUnit.id, 'Gà đồi Khe Lặc thử nghiệm', 2, 'developing', null]] as const) {
      expect((await officer.json('POST', '/api/v1/products', { producerId, name, setNumber, status, star })).status).toBe(201);
    }
  });

  it('finds names without diacritics, with other tone placement and with wildcards escaped', async () => {
    const r1 = await officer.json<Page<Producer>>('GET', `/api/v1/producers?q=${encodeURIComponent('tra hoa vang dong van')}`);
    expect(r1.body.items.map((p) => p.id)).toEqual([baChe.id]);
    const r2 = await officer.json<Page<Product>>('GET', `/api/v1/products?q=${encodeURIComponent('TRA HOA VANG SAY')}`);
    expect(r2.body.items.map((p) => p.name)).toEqual(['Trà hoa vàng sấy khô']);
    const r3 = await officer.json<Page<Product>>('GET', `/api/v1/products?q=${encodeURIComponent('%')}`);
    expect(r3.body.total).toBe(0);
  });

  it('finds producers filed under an old unit when filtering by the new one, and by the old district', async () => {
    const byNew = await officer.json<Page<Producer>>('GET', '/api/v1/producers?unitId=new-06862&q=dang%20van%20tai&pageSize=200');
    expect(byNew.body.items.map((p) => p.id)).toContain(oldUnit.id);
    expect(byNew.body.items.every((p) => p.unitId === 'new-06862' || p.unitId.startsWith('old-'))).toBe(true);
    const district = (await officer.json<{ unit: { parentId: string } }>('GET', '/api/v1/units/old-06871')).body.unit.parentId;
    const byDistrict = await officer.json<Page<Producer>>('GET', `/api/v1/producers?unitId=${district}&q=dang%20van%20tai&pageSize=200`);
    expect(byDistrict.body.items.map((p) => p.id)).toContain(oldUnit.id);
    const products = await officer.json<Page<Product>>('GET', '/api/v1/products?unitId=new-06862&q=khe%20lac%20thu%20nghiem');
    expect(products.body.items.map((p) => p.name)).toEqual(['Gà đồi Khe Lặc thử nghiệm']);
    const elsewhere = await officer.json<Page<Producer>>('GET', '/api/v1/producers?unitId=new-06970&q=dang%20van%20tai&pageSize=200');
    expect(elsewhere.body.items.map((p) => p.id)).not.toContain(oldUnit.id);
  });

  it('filters products by set, group, sector, star, status and producer type, and sorts by star', async () => {
    const mine = `producerId=${baChe.id}`;
    const names = async (q: string) => (await officer.json<Page<Product>>('GET', `/api/v1/products?${mine}&${q}`)).body.items.map((p) => p.name);
    expect(await names('setNumber=9')).toEqual(['Trà hoa vàng sấy khô']);
    expect(await names('groupCode=I.3')).toEqual(['Rượu ba kích tím']);
    expect((await names('sectorCode=I')).length).toBe(2);
    expect(await names('sectorCode=II')).toEqual([]);
    expect(await names('star=3')).toEqual(['Rượu ba kích tím']);
    expect(await names('status=certified&sort=-star')).toEqual(['Trà hoa vàng sấy khô', 'Rượu ba kích tím']);
    expect(await names('sort=star')).toEqual(['Rượu ba kích tím', 'Trà hoa vàng sấy khô']);
    expect(await names('producerType=household')).toEqual([]);
    expect((await officer.json('GET', '/api/v1/products?sort=price')).status).toBe(400);
  });
});

describe('members and catalogue', () => {
  it("lists a producer's member accounts to whoever may see the producer", async () => {
    const me = (await producer.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me')).body.user.producerId;
    const res = await producer.json<{ items: { username: string }[] }>('GET', `/api/v1/producers/${me}/members`);
    expect(res.body.items.map((m) => m.username)).toContain('producer');
    expect((await producer2.json('GET', `/api/v1/producers/${me}/members`)).status).toBe(404);
  });

  it('serves the catalogue publicly: 6 sectors, 17 groups, 26 sets', async () => {
    const res = await fetch(`${srv.url}/api/v1/catalogue`);
    const body = (await res.json()) as { sectors: { groups: { sets: unknown[] }[] }[] };
    expect(body.sectors).toHaveLength(6);
    expect(body.sectors.flatMap((s) => s.groups)).toHaveLength(17);
    expect(body.sectors.flatMap((s) => s.groups.flatMap((g) => g.sets))).toHaveLength(26);
  });
});
