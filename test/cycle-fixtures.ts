import { expect } from 'vitest';
import { ApiClient, type TestServer } from './helpers/server.js';

// Shared by the cycle*.test.ts files: logins, dates around today and a round open for intake.

export type Problem = { type: string; status: number; detail?: string; errors?: { path: string; message: string }[] };
export type Notification = { id: number; kind: string; title: { vi: string; en: string }; link: string | null; readAt: string | null };
export type Inbox = { items: Notification[]; total: number; unread: number };

export async function loginAll(url: string, usernames: string[], password?: string): Promise<Record<string, ApiClient>> {
  const out: Record<string, ApiClient> = {};
  for (const u of usernames) {
    const c = new ApiClient(url);
    const res = await c.login(u, password);
    expect(res.status, `login ${u}`).toBe(200);
    out[u] = c;
  }
  return out;
}

export async function body<T>(res: Response, status?: number): Promise<T> {
  const text = await res.text();
  if (status !== undefined) expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** Today in Vietnam, shifted by `days`, as 'YYYY-MM-DD'. */
export function vnDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

let roundSeq = 0;

/** A round whose idea intake is open today and whose plan deadline is ahead. */
export async function openRound(officer: ApiClient, overrides: Record<string, unknown> = {}): Promise<number> {
  roundSeq += 1;
  const res = await officer.post('/api/v1/rounds', {
    name: `Chu trình OCOP thử nghiệm, đợt ${roundSeq}`, year: Number(vnDay().slice(0, 4)),
    ideaFrom: vnDay(-10), ideaTo: vnDay(20), planDeadline: vnDay(60), ...overrides,
  });
  return (await body<{ id: number }>(res, 201)).id;
}

export type DemoProducers = { tienYen: number; baChe: number; phongDu: number };

/**
 * The demo producers the cycle tests use, found by what the design fixes rather than by name:
 * the producers of the `producer` and `producer2` accounts, and the household still filed under
 * the pre-2025 unit old-06871 (Phong Dụ, now part of Xã Tiên Yên).
 */
export async function demoProducers(srv: TestServer): Promise<DemoProducers> {
  const db = srv.server.runtime.ctx.db;
  const of = async (username: string) => (await db.selectFrom('app_user').select('producer_id').where('username', '=', username).executeTakeFirstOrThrow()).producer_id!;
  const old = await db.selectFrom('producer').select('id').where('unit_id', '=', 'old-06871').orderBy('id').executeTakeFirstOrThrow();
  return { tienYen: await of('producer'), baChe: await of('producer2'), phongDu: old.id };
}

export async function inbox(client: ApiClient): Promise<Inbox> {
  return body<Inbox>(await client.get('/api/v1/notifications?pageSize=200'), 200);
}

export function ideaInput(roundId: number, extra: Record<string, unknown> = {}) {
  return {
    roundId, title: 'Gà đồi Tiên Yên ủ muối hoa tiêu', productSet: 1,
    description: 'Gà đồi thả vườn, ủ muối với hoa tiêu rừng theo công thức truyền thống của người Sán Dìu.',
    rawMaterials: 'Gà đồi Tiên Yên từ các hộ thành viên; muối biển Quảng Yên; hoa tiêu rừng Bình Liêu',
    expectedMarket: 'Hạ Long, Hà Nội; sàn thương mại điện tử', ...extra,
  };
}

export function planInput(ideaId: number, extra: Record<string, unknown> = {}) {
  return {
    ideaId, summary: 'Mở rộng chuồng trại, xây xưởng sơ chế đạt chuẩn, đăng ký mã vạch và nhãn hiệu.',
    investmentVnd: 1_250_000_000, expectedRevenueVnd: 3_600_000_000, jobs: 14, timeline: 'Quý III/2026 – Quý II/2027', ...extra,
  };
}
