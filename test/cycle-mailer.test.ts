import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/domain/roles.js';
import { changeIdeaStatus } from '../src/services/ideas/change-idea-status.js';
import { createIdea } from '../src/services/ideas/create-idea.js';
import { type MailMessage, type Mailer, deliverMail, logMailer } from '../src/services/notifications/mailer.js';
import { createRound } from '../src/services/rounds/create-round.js';
import { type TestRuntime, createTestRuntime } from './helpers/runtime.js';
import { vnDay } from './cycle-fixtures.js';

// The email side of notifications: who receives a message, and what the development mailer logs.

let rt: TestRuntime;
let producer: Actor;
let commune: Actor;

beforeAll(async () => {
  rt = await createTestRuntime();
  producer = await rt.actor('producer');
  commune = await rt.actor('commune');
});
afterAll(async () => rt?.close());

function capture(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, async send(m) { sent.push(m); } };
}

describe('notification emails', () => {
  it('go, after the change commits, to the recipients who have an address', async () => {
    await rt.ctx.db.updateTable('app_user').set({ email: 'can-bo-xa@tienyen.example.vn' }).where('username', '=', 'commune').execute();
    const round = await createRound(rt.ctx, { actor: await rt.actor('officer'), input: { name: 'Đợt thử thư', year: 2026, ideaFrom: vnDay(-1), ideaTo: vnDay(1), planDeadline: vnDay(9) } });
    const idea = await createIdea(rt.ctx, { actor: producer, input: { roundId: round.id, title: 'Rượu ba kích tím', productSet: 7, description: 'Rượu ngâm ba kích tím', rawMaterials: 'Ba kích tím Tiên Yên', expectedMarket: 'Quảng Ninh' } });
    const mailer = capture();
    await changeIdeaStatus(rt.ctx, { actor: producer, ideaId: idea.id, action: 'submit', mailer });
    expect(mailer.sent).toEqual([{ to: 'can-bo-xa@tienyen.example.vn', subject: 'Ý tưởng sản phẩm mới chờ xem xét: Rượu ba kích tím', text: expect.stringContaining(`/portal/ideas/${idea.id}`) }]);
    // The producer has no address on file: the in-app notification is all they get.
    const back = capture();
    await changeIdeaStatus(rt.ctx, { actor: commune, ideaId: idea.id, action: 'accept', mailer: back });
    expect(back.sent).toEqual([]);
  });

  it('never undo the change when sending fails', async () => {
    const warnings: object[] = [];
    const failing: Mailer = { send: async () => { throw new Error('smtp down'); } };
    const failed = await deliverMail(failing, [{ to: 'a@example.vn', subject: 's', text: 't' }], { warn: (o) => warnings.push(o) });
    expect(failed).toBe(1);
    expect(warnings).toEqual([{ failed: 1, of: 1 }]);
  });

  it('are logged by the development mailer with recipient and subject only at info level', async () => {
    const lines: { level: string; obj: object; msg: string }[] = [];
    const log = {
      info: (obj: object, msg: string) => lines.push({ level: 'info', obj, msg }),
      debug: (obj: object, msg: string) => lines.push({ level: 'debug', obj, msg }),
      warn: (obj: object, msg: string) => lines.push({ level: 'warn', obj, msg }),
    };
    await logMailer(log).send({ to: 'chu-the@example.vn', subject: 'Ý tưởng được chấp nhận', text: 'Kính gửi bà Nguyễn Thị Hoa, số điện thoại 0912 345 678' });
    const info = lines.filter((l) => l.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]!.obj).toEqual({ mail: { to: 'chu-the@example.vn', subject: 'Ý tưởng được chấp nhận' } });
    expect(JSON.stringify(lines)).not.toContain('Nguyễn Thị Hoa');
    expect(JSON.stringify(lines)).not.toContain('0912');
  });
});
