import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { resolveSecret } from '../config/secret.js';
import { FILES_DIR } from '../db/backup.js';
import { type Database, createDatabase } from '../db/database.js';
import { assertSchemaCurrent, migrateToLatest } from '../db/migrate.js';
import { loadUnitsData } from '../rules/units/index.js';
import type { ServiceContext } from '../services/context.js';
import { loadUnits } from '../services/setup/load-units.js';

// Shared start-up for the server and the CLI: open the database, check or apply the schema,
// load reference data, and build the service context.

export type Runtime = { database: Database; ctx: ServiceContext };

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export async function openRuntime(config: Config, opts: { migrate: boolean; warn: (m: string) => void }): Promise<Runtime> {
  const secret = resolveSecret({ configured: config.secret, dataDir: config.dataDir, warn: opts.warn });
  const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, replicaUrl: config.databaseReplicaUrl, maxReplicaLagSeconds: config.replicaMaxLagSeconds });
  try {
    if (opts.migrate) await migrateToLatest(database);
    await assertSchemaCurrent(database);
    const ctx: ServiceContext = { db: database.db, readDb: database.readDb, engine: database.engine, secret, filesDir: join(config.dataDir, FILES_DIR), publicUrl: config.publicUrl, now: () => new Date() };
    await loadUnits(ctx, loadUnitsData());
    return { database, ctx };
  } catch (err) {
    await database.close();
    throw err;
  }
}
