import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import type { ReplicaMonitor } from '../../db/replica.js';
import { type Instruments, createInstruments } from './instruments.js';

// What the operations side of one app instance needs beyond the service context: its metrics,
// the read replica's monitor (for /healthz), the scan-log retention and who may read /metrics.

export type MetricsAccess = {
  /** OCOP_METRICS=off removes /metrics. */
  readonly enabled: boolean;
  /** OCOP_METRICS_TOKEN: when set, /metrics answers any address presenting it as a bearer token; otherwise only direct loopback requests. */
  readonly token: string | undefined;
};

export type Ops = {
  readonly instruments: Instruments;
  readonly replica: ReplicaMonitor | undefined;
  readonly scanRetentionMonths: number;
  readonly metrics: MetricsAccess;
  /** How often each instance checks whether a daily job is due (default 5 minutes). */
  readonly dailyCheckMs?: number;
};

type OpsConfig = Pick<Config, 'scanRetentionMonths' | 'metricsEnabled' | 'metricsToken'>;

export const DEFAULT_OPS_CONFIG: OpsConfig = { scanRetentionMonths: 24, metricsEnabled: true, metricsToken: undefined };

export function createOps(config: OpsConfig = DEFAULT_OPS_CONFIG, database?: Pick<Database, 'replica' | 'poolStats'>): Ops {
  const instruments = createInstruments();
  const replica = database?.replica;
  instruments.sources.pool = database?.poolStats;
  if (replica !== undefined) {
    instruments.sources.replicaPool = () => replica.poolStats();
    instruments.sources.replica = () => replica.status();
  }
  return {
    instruments, replica, scanRetentionMonths: config.scanRetentionMonths,
    metrics: { enabled: config.metricsEnabled, token: config.metricsToken },
  };
}
