import { claimDailyRun, finishDailyRun } from '../../db/repositories/job-leases.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { ServiceContext } from '../context.js';
import { instanceId } from './instance.js';

// Scheduled work shared by every app instance: each instance checks at start and then every
// `checkMs` whether today's run of each job is due, and claims it in job_run (one row per job and
// Vietnamese calendar day). Only the instance whose claim succeeds runs the job; a finished run
// is never repeated that day, and a run whose instance died is taken over when its lease expires.

export type DailyJob = { readonly name: string; run(): Promise<unknown> };

export type DailyJobLog = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

export type DailyJobsOptions = {
  readonly jobs: readonly DailyJob[];
  readonly log: DailyJobLog;
  readonly checkMs?: number;
  readonly leaseMs?: number;
  readonly holder?: string;
  /** Observes each run this instance made (metrics). */
  readonly onRun?: (job: string, seconds: number, outcome: 'ok' | 'failed') => void;
};

export type DailyJobs = {
  /** The check at start; resolves when the jobs it claimed have finished. */
  readonly first: Promise<string[]>;
  /** Checks now; returns the names of the jobs this instance ran. */
  runDue(): Promise<string[]>;
  stop(): void;
};

async function runOne(ctx: ServiceContext, job: DailyJob, day: string, holder: string, opts: DailyJobsOptions): Promise<boolean> {
  const now = ctx.now();
  const until = new Date(now.getTime() + (opts.leaseMs ?? 10 * 60_000)).toISOString();
  if (!(await claimDailyRun(ctx.db, job.name, day, holder, now.toISOString(), until))) return false;
  const started = performance.now();
  let error: string | undefined;
  try {
    const result = await job.run();
    opts.log.info({ job: job.name, day, result }, 'daily job ran');
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
    opts.log.error({ err, job: job.name, day }, 'daily job failed; it runs again at the next check');
  }
  opts.onRun?.(job.name, (performance.now() - started) / 1000, error === undefined ? 'ok' : 'failed');
  await finishDailyRun(ctx.db, job.name, day, holder, ctx.now().toISOString(), error);
  return error === undefined;
}

export function scheduleDailyJobs(ctx: ServiceContext, opts: DailyJobsOptions): DailyJobs {
  const holder = opts.holder ?? instanceId();
  let chain: Promise<string[]> = Promise.resolve([]);
  const runDue = (): Promise<string[]> => {
    chain = chain.then(async () => {
      const day = vietnamDay(ctx.now());
      const ran: string[] = [];
      for (const job of opts.jobs) {
        try {
          if (await runOne(ctx, job, day, holder, opts)) ran.push(job.name);
        } catch (err) {
          opts.log.error({ err, job: job.name }, 'daily job: could not claim or record the run');
        }
      }
      return ran;
    });
    return chain;
  };
  const first = runDue();
  const timer = setInterval(() => void runDue(), opts.checkMs ?? 5 * 60_000);
  timer.unref();
  return { first, runDue, stop: () => clearInterval(timer) };
}
