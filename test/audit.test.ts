import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type TestServer, startTestServer } from './helpers/server.js';

let srv: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  srv = await startTestServer();
  admin = new ApiClient(srv.url);
  await admin.login('admin');
});
afterAll(async () => srv.close());

type AuditPage = { items: { action: string; entity: string; entityId: string; actorUsername: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]; total: number };

describe('audit log', () => {
  it('records who changed a producer, with the values before and after', async () => {
    const officer = new ApiClient(srv.url);
    await officer.login('officer');
    const list = (await (await officer.get('/api/v1/producers?q=Móng Cái')).json()) as { items: { id: number; phone: string | null }[] };
    const target = list.items[0];
    expect(target).toBeDefined();
    const res = await officer.patch(`/api/v1/producers/${target!.id}`, { phone: '0912 345 678' });
    expect(res.status).toBe(200);
    const audit = (await (await admin.get(`/api/v1/audit?entity=producer&entityId=${target!.id}`)).json()) as AuditPage;
    expect(audit.total).toBe(1);
    expect(audit.items[0]).toMatchObject({ action: 'producer.update', actorUsername: 'officer', before: { phone: target!.phone }, after: { phone: '0912 345 678' } });
  });

  it('records account changes without ever storing passwords', async () => {
    const created = await admin.post('/api/v1/users', { username: 'new-officer', displayName: 'Cán bộ mới', password: 'a-long-password-1', role: 'province_officer' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    await admin.patch(`/api/v1/users/${id}`, { password: 'another-password-2', displayName: 'Cán bộ đổi tên' });
    const audit = (await (await admin.get(`/api/v1/audit?entity=user&entityId=${id}`)).json()) as AuditPage;
    expect(audit.items.map((i) => i.action).sort()).toEqual(['user.create', 'user.update+password']);
    expect(JSON.stringify(audit)).not.toMatch(/password_hash|\$argon2|a-long-password|another-password/);
    const update = audit.items.find((i) => i.action === 'user.update+password');
    expect(update?.before?.displayName).toBe('Cán bộ mới');
    expect(update?.after?.displayName).toBe('Cán bộ đổi tên');
  });

  it('filters by actor and action, and only admins may read it', async () => {
    const byActor = (await (await admin.get('/api/v1/audit?actor=officer&action=producer.update')).json()) as AuditPage;
    expect(byActor.items.every((i) => i.actorUsername === 'officer' && i.action === 'producer.update')).toBe(true);
    for (const username of ['officer', 'commune', 'council1', 'producer']) {
      const c = new ApiClient(srv.url);
      await c.login(username);
      expect((await c.get('/api/v1/audit')).status).toBe(403);
    }
    expect((await new ApiClient(srv.url).get('/api/v1/audit')).status).toBe(401);
  });
});
