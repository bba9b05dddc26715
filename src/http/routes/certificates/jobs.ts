import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ServiceContext } from '../../../services/context.js';
import { scheduleEvaluationJobs } from '../../../services/evaluation-jobs/run-evaluation-jobs.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';

// The certificate jobs (expiry, reminders) run when the server is ready — before it accepts its
// first request — and then once a day; closing the server stops the timer. Runs are idempotent,
// so several instances or restarts never send a reminder twice.
export const evaluationJobsPlugin = fp(async function evaluationJobs(app: FastifyInstance, opts: { ctx: ServiceContext; mailer?: Mailer }) {
  let stop: (() => void) | undefined;
  app.addHook('onReady', async () => {
    const jobs = scheduleEvaluationJobs(opts.ctx, { mailer: opts.mailer ?? logMailer(app.log), log: app.log });
    stop = jobs.stop;
    await jobs.first;
  });
  app.addHook('onClose', async () => stop?.());
});
