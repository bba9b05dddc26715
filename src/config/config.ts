import { z } from 'zod';

// Configuration comes only from environment variables (design §4) and is validated once at
// start, so a typo stops the program with a message naming the variable instead of failing later.

export type Config = {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly publicUrl: string;
  readonly secret: string | undefined;
  readonly demoPassword: string | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly trustProxy: boolean;
  /** Scale-out (docs/operations.md): read replica, scan-log retention, /metrics access. */
  readonly databaseReplicaUrl: string | undefined;
  readonly replicaMaxLagSeconds: number;
  readonly scanRetentionMonths: number;
  readonly metricsEnabled: boolean;
  readonly metricsToken: string | undefined;
  /** Requests handled at once above which new ones get 503 + Retry-After. */
  readonly maxInFlight: number;
  /** Event-loop delay (ms) above which new requests get 503 + Retry-After; 0 disables. */
  readonly maxLagMs: number;
};

const portSchema = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection URL')
    .optional(),
  OCOP_DATA_DIR: z.string().min(1).default('./data'),
  OCOP_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://ocop.quangninh.gov.vn' })
    .optional(),
  OCOP_SECRET: z.string().min(32, 'at least 32 characters of random text').optional(),
  OCOP_DEMO_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OCOP_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection URL').optional(),
  OCOP_REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0, 'at least 0').default(10),
  OCOP_SCAN_RETENTION_MONTHS: z.coerce.number().int('a whole number of months').min(1, 'at least 1').default(24),
  OCOP_METRICS: z.enum(['on', 'off']).default('on'),
  OCOP_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  OCOP_MAX_IN_FLIGHT: z.coerce.number().int('a whole number').min(1, 'at least 1').default(512),
  OCOP_MAX_LAG_MS: z.coerce.number().int('a whole number of milliseconds').min(0, 'at least 0').default(1000),
});

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Treats empty strings as unset: `PORT= npm start` should mean "use the default". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: expected ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.OCOP_SECRET === undefined) {
    throw new ConfigError(['OCOP_SECRET: required when NODE_ENV=production (at least 32 characters of random text)']);
  }
  if (e.DATABASE_REPLICA_URL !== undefined && e.DATABASE_URL === undefined) {
    throw new ConfigError(['DATABASE_REPLICA_URL: needs DATABASE_URL (a read replica of PostgreSQL; SQLite has none)']);
  }
  if (e.NODE_ENV === 'production' && e.OCOP_PUBLIC_URL === undefined) {
    throw new ConfigError(['OCOP_PUBLIC_URL: required when NODE_ENV=production (the base URL printed on every stamp)']);
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.OCOP_DATA_DIR,
    publicUrl: (e.OCOP_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    secret: e.OCOP_SECRET,
    demoPassword: e.OCOP_DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.OCOP_TRUST_PROXY === 'true',
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    replicaMaxLagSeconds: e.OCOP_REPLICA_MAX_LAG_SECONDS,
    scanRetentionMonths: e.OCOP_SCAN_RETENTION_MONTHS,
    metricsEnabled: e.OCOP_METRICS === 'on',
    metricsToken: e.OCOP_METRICS_TOKEN,
    maxInFlight: e.OCOP_MAX_IN_FLIGHT,
    maxLagMs: e.OCOP_MAX_LAG_MS,
  };
}
