import { sql } from 'kysely';
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
    await trx.insertInto('app_meta').values({ key: LAST_RUN, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`excluded.value` })).execute();
    return { expired, sent, mails };
  });
  await deliverMail(opts.mailer, mails, opts.log);
  return { date: today, expired, reminders: sent };
}

export type JobLog = { info(obj: object, msg: string): void; error(obj: object, msg: string): void; warn(obj: object, msg: string): void };

/** Runs the jobs now and then every `intervalMs` (a day); a failed run is logged and retried next time. */
export function scheduleEvaluationJobs(ctx: ServiceContext, opts: { mailer: Mailer; log: JobLog; intervalMs?: number }): { first: Promise<void>; stop(): void } {
  const run = async () => {
    try {
      const r = await runEvaluationJobs(ctx, { mailer: opts.mailer, log: opts.log });
      opts.log.info({ jobs: r }, 'evaluation jobs ran');
    } catch (err) {
      opts.log.error({ err }, 'evaluation jobs failed; they run again at the next interval');
    }
  };
  const first = run();
  const timer = setInterval(() => void run(), opts.intervalMs ?? 24 * 60 * 60 * 1000);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
