import { writeMeta } from '../../db/repositories/app-meta.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { ServiceContext } from '../context.js';
import { type MailLog, type Mailer, deliverMail } from '../notifications/mailer.js';
import { processExpiredCertificates } from './process-expired-certificates.js';
import { sendCertificateReminders } from './send-certificate-reminders.js';

// The daily evaluation jobs, in one transaction: expiry processing, then reminders. Both are
// idempotent (products move only from "certified"; each reminder is claimed once), so the run
// at every start and then once a day never repeats itself. Emails go after the commit.

export type JobResult = { date: string; expired: number; reminders: number };

const LAST_RUN = 'evaluation_jobs_last_run';

export async function runEvaluationJobs(ctx: ServiceContext, opts: { mailer: Mailer; log?: Pick<MailLog, 'warn'>; today?: string | undefined }): Promise<JobResult> {
  const today = opts.today ?? vietnamDay(ctx.now());
  const at = ctx.now().toISOString();
  const { expired, sent, mails } = await ctx.db.transaction().execute(async (trx) => {
    const expired = await processExpiredCertificates(trx, { today, at });
    const { sent, mails } = await sendCertificateReminders(trx, { today, at });
    const value = JSON.stringify({ at, date: today, expired, reminders: sent });
    await writeMeta(trx, LAST_RUN, value);
    return { expired, sent, mails };
  });
  await deliverMail(opts.mailer, mails, opts.log);
  return { date: today, expired, reminders: sent };
}

export type JobLog = { info(obj: object, msg: string): void; error(obj: object, msg: string): void; warn(obj: object, msg: string): void };
