import { Command } from 'commander';
import { isIsoDate } from '../../domain/evaluation/dates.js';
import { runEvaluationJobs } from '../../services/evaluation-jobs/run-evaluation-jobs.js';
import { logMailer } from '../../services/notifications/mailer.js';
import { action } from '../errors.js';
import { withRuntime } from '../runtime.js';

// `ocop jobs run`: the certificate jobs the server runs at start and daily (expiry processing,
// reminders), on demand — e.g. from cron when the server runs without its timer. Idempotent.

const quiet = { info: () => undefined, debug: () => undefined, warn: (o: object, m: string) => process.stderr.write(`warning: ${m} ${JSON.stringify(o)}\n`) };

export function jobsCommand(): Command {
  const jobs = new Command('jobs').description('scheduled jobs of the platform');
  jobs.command('run')
    .description('run the certificate jobs now: mark expired products, send due reminders (safe to repeat)')
    .option('--date <YYYY-MM-DD>', 'run as of this Vietnamese calendar day instead of today (for catching up or testing)')
    .action(action(async (opts: { date?: string }) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) throw new Error('--date must be a calendar date YYYY-MM-DD');
      const result = await withRuntime((rt) => runEvaluationJobs(rt.ctx, { mailer: logMailer(quiet), log: quiet, today: opts.date }));
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }));
  return jobs;
}
