import { Kysely, type PostgresPool, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

// An optional streaming replica for public reads (DATABASE_REPLICA_URL). `readDb` is a Kysely
// instance whose connections come from the replica while it is healthy and from the primary
// otherwise: a monitor checks the replica every few seconds (never per request) and switches
// reads back to the primary when it is unreachable or lags more than `maxLagSeconds`. A
// connection that fails between checks also falls back at once and marks the replica down.
//
// Lag is `now() - pg_last_xact_replay_timestamp()`, counted as 0 when everything received has
// been replayed (an idle primary sends no transactions, so the timestamp alone would keep growing).

export type PoolStats = { total: number; idle: number; waiting: number };

export type ReplicaState = 'starting' | 'ok' | 'lagging' | 'unreachable';
export type ReplicaStatus = { status: ReplicaState; lagSeconds: number | null; usedForReads: boolean; checkedAt: string | null };

export type ReplicaMonitor = {
  status(): ReplicaStatus;
  /** Checks now (the timer does this every `checkMs`). */
  check(): Promise<ReplicaStatus>;
  poolStats(): PoolStats;
};

export type Replica = { readonly readDb: Kysely<DB>; readonly monitor: ReplicaMonitor; close(): Promise<void> };

export type ReplicaOptions = { url: string; primary: pg.Pool; maxLagSeconds: number; checkMs?: number; poolSize?: number };

const LAG_SQL = `select case
  when not pg_is_in_recovery() then 0
  when pg_last_wal_receive_lsn() is not null and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end::float8 as lag`;

export const poolStats = (pool: pg.Pool): PoolStats => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });

export function createReplica(opts: ReplicaOptions): Replica {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 2000, query_timeout: 10_000 });
  pool.on('error', (err) => process.stderr.write(`postgres replica: idle connection lost (${err.message})\n`));
  let state: ReplicaStatus = { status: 'starting', lagSeconds: null, usedForReads: false, checkedAt: null };
  const set = (status: ReplicaState, lagSeconds: number | null) => {
    state = { status, lagSeconds, usedForReads: status === 'ok', checkedAt: new Date().toISOString() };
    return state;
  };

  async function check(): Promise<ReplicaStatus> {
    try {
      const r = await pool.query<{ lag: number }>(LAG_SQL);
      const lag = Math.max(0, Math.round((r.rows[0]?.lag ?? 0) * 1000) / 1000);
      return set(lag > opts.maxLagSeconds ? 'lagging' : 'ok', lag);
    } catch {
      return set('unreachable', null);
    }
  }

  const switching: PostgresPool = {
    async connect() {
      if (!state.usedForReads) return opts.primary.connect();
      try {
        return await pool.connect();
      } catch {
        set('unreachable', null);
        return opts.primary.connect();
      }
    },
    end: () => pool.end(),
  };
  const readDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: switching }) });
  const timer = setInterval(() => void check(), opts.checkMs ?? 5000);
  timer.unref();
  void check();
  return {
    readDb,
    monitor: { status: () => state, check, poolStats: () => poolStats(pool) },
    async close() {
      clearInterval(timer);
      await readDb.destroy();
    },
  };
}
