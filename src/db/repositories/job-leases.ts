import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';

// Leases and daily-run claims shared by several app instances (see src/db/schema-ops.ts). Each
// claim is one INSERT ... ON CONFLICT DO UPDATE ... WHERE statement: PostgreSQL locks the row and
// re-checks the condition on its latest version, so of two instances racing exactly one wins.

/** Takes or renews a lease; returns whether `holder` holds it until `until`. */
export async function claimLease(db: Kysely<DB>, name: string, holder: string, now: string, until: string): Promise<boolean> {
  const row = await db.insertInto('job_lease').values({ name, holder, lease_until: until })
    .onConflict((oc) => oc.column('name').doUpdateSet({ holder, lease_until: until })
      .where((eb) => eb.or([eb('job_lease.holder', '=', holder), eb('job_lease.lease_until', '<', now)])))
    .returning('name').executeTakeFirst();
  return row !== undefined;
}

export async function releaseLease(db: Kysely<DB>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('job_lease').where('name', '=', name).where('holder', '=', holder).execute();
}

/** Claims today's run of `job` unless it finished or another instance's lease on it is still running. */
export async function claimDailyRun(db: Kysely<DB>, job: string, day: string, holder: string, now: string, until: string): Promise<boolean> {
  const row = await db.insertInto('job_run').values({ job, day, holder, lease_until: until, started_at: now, finished_at: null, outcome: null })
    .onConflict((oc) => oc.columns(['job', 'day']).doUpdateSet({ holder, lease_until: until, started_at: now })
      .where('job_run.finished_at', 'is', null)
      .where((eb) => eb.or([eb('job_run.holder', '=', holder), eb('job_run.lease_until', '<', now)])))
    .returning('job').executeTakeFirst();
  return row !== undefined;
}

/** Marks the run done ('ok') or lets it be retried (an error message and an expired lease). */
export async function finishDailyRun(db: Kysely<DB>, job: string, day: string, holder: string, at: string, error: string | undefined): Promise<void> {
  // A failed run gives up its lease (ends just before `at`) so any instance may retry it.
  const released = new Date(Date.parse(at) - 1).toISOString();
  const patch = error === undefined ? { finished_at: at, outcome: 'ok' } : { lease_until: released, outcome: error.slice(0, 500) };
  await db.updateTable('job_run').set(patch).where('job', '=', job).where('day', '=', day).where('holder', '=', holder).execute();
}

export type JobRunRow = { job: string; day: string; holder: string; finished_at: string | null; outcome: string | null };

export async function listJobRuns(db: Kysely<DB>, job: string): Promise<JobRunRow[]> {
  return db.selectFrom('job_run').select(['job', 'day', 'holder', 'finished_at', 'outcome']).where('job', '=', job).orderBy('day').execute();
}

/** Runs `fn` holding a transaction-scoped advisory lock (PostgreSQL) so only one instance does DDL at a time. */
export async function withAdvisoryLock<T>(db: Kysely<DB>, key: number, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
    return fn(trx);
  });
}
