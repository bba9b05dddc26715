import { insertNotifications, producerMembers } from '../../db/repositories/notifications.js';
import { missingReportRows } from '../../db/repositories/reports-missing.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { assertReportOffice, reportScope } from './report-access.js';
import type { RemindInput } from './report-input.js';

// "Nhắc nộp báo cáo": an in-app notification to every active member of each producer in the
// caller's scope that has not filed its report for the year. One audit entry per reminder run.

export function reminderTitle(year: number): { vi: string; en: string } {
  return { vi: `Nhắc nộp báo cáo năm ${year} của chủ thể OCOP`, en: `Reminder: file your OCOP yearly report for ${year}` };
}

export async function sendReportReminders(ctx: ServiceContext, opts: { actor: Actor; input: RemindInput }): Promise<{ year: number; producers: number; notifications: number }> {
  assertReportOffice(opts.actor);
  const { year, producerIds } = opts.input;
  const scope = await reportScope(ctx.db, opts.actor);
  const wanted = producerIds === undefined ? undefined : new Set(producerIds);
  const at = nowIso(ctx);
  const title = reminderTitle(year);
  return ctx.db.transaction().execute(async (trx) => {
    const missing = (await missingReportRows(trx, scope, year)).filter((r) => wanted === undefined || wanted.has(r.id));
    let notifications = 0;
    for (const producer of missing) {
      const members = await producerMembers(trx, producer.id);
      await insertNotifications(trx, members.map((m) => ({
        recipient_id: m.id, kind: 'report.reminder', title_vi: title.vi, title_en: title.en, link: `/portal/reports/form?year=${year}`, created_at: at, read_at: null,
      })));
      notifications += members.length;
    }
    const result = { year, producers: missing.length, notifications };
    await recordAudit(trx, { actor: opts.actor, action: 'report.remind', entity: 'producer_report', entityId: String(year), after: { ...result, producerIds: missing.map((m) => m.id) }, at });
    return result;
  });
}
