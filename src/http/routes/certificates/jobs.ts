import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ServiceContext } from '../../../services/context.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';
import { scheduleDailyJobs } from '../../../services/ops/daily-jobs.js';
import type { Ops } from '../../../services/ops/ops.js';
import { platformDailyJobs } from '../../../services/ops/platform-jobs.js';
import { ensureScanPartitions } from '../../../services/ops/scan-partitions.js';

// The certificate jobs (expiry, reminders) run when the server is ready — before it accepts its
// first request — and then once a day; closing the server stops the timer. Runs are idempotent,
// so several instances or restarts never send a reminder twice. With several instances each
// day's run is claimed by one of them (src/services/ops/daily-jobs.ts), together with the other
// daily jobs (expired sessions, scan-log months); every instance creates the scan-log months at start.
export const evaluationJobsPlugin = fp(async function evaluationJobs(app: FastifyInstance, opts: { ctx: ServiceContext; mailer?: Mailer; ops: Ops }) {
  let stop: (() => void) | undefined;
  app.addHook('onReady', async () => {
    await ensureScanPartitions(opts.ctx);
    const jobs = scheduleDailyJobs(opts.ctx, {
      jobs: platformDailyJobs(opts.ctx, { mailer: opts.mailer ?? logMailer(app.log), log: app.log, scanRetentionMonths: opts.ops.scanRetentionMonths }),
      log: app.log, checkMs: opts.ops.dailyCheckMs,
      onRun: (job, seconds, outcome) => opts.ops.instruments.jobDuration.observe({ job, outcome }, seconds),
    });
    stop = jobs.stop;
    await jobs.first;
  });
  app.addHook('onClose', async () => stop?.());
});
