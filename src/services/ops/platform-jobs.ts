import { deleteExpiredSessions } from '../../db/repositories/sessions.js';
import type { ServiceContext } from '../context.js';
import { runEvaluationJobs } from '../evaluation-jobs/run-evaluation-jobs.js';
import type { MailLog, Mailer } from '../notifications/mailer.js';
import type { DailyJob } from './daily-jobs.js';
import { applyScanRetention, ensureScanPartitions } from './scan-partitions.js';

// The platform's daily jobs, each run once a day by one instance (see daily-jobs.ts):
// certificate expiry and reminders, removal of expired sessions, and the scan log's months
// (partitions ahead on PostgreSQL, retention on both engines).

export function platformDailyJobs(ctx: ServiceContext, opts: { mailer: Mailer; log: Pick<MailLog, 'warn'>; scanRetentionMonths: number }): DailyJob[] {
  return [
    { name: 'evaluation', run: () => runEvaluationJobs(ctx, { mailer: opts.mailer, log: opts.log }) },
    {
      name: 'sessions',
      run: async () => {
        await deleteExpiredSessions(ctx.db, ctx.now().toISOString());
        return 'expired sessions removed';
      },
    },
    {
      name: 'scan-log',
      run: async () => ({ created: await ensureScanPartitions(ctx), retention: await applyScanRetention(ctx, opts.scanRetentionMonths) }),
    },
  ];
}
