import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { createDatabase } from '../../db/database.js';
import { describeSchemaState, migrateToLatest, schemaState } from '../../db/migrate.js';
import { action } from '../errors.js';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending database migrations (SQLite, or PostgreSQL when DATABASE_URL is set)')
    .option('--status', 'only report whether the schema is current')
    .action(action(async (opts: { status?: boolean }) => {
      const config = loadConfig();
      const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        if (opts.status === true) {
          const state = await schemaState(database);
          process.stdout.write(state.status === 'current' ? 'schema is current\n' : `${describeSchemaState(state)}\n`);
          if (state.status !== 'current') process.exitCode = 1;
          return;
        }
        const applied = await migrateToLatest(database);
        process.stdout.write(applied.length === 0 ? `schema already current (${database.engine})\n` : `applied ${applied.length} migration(s) on ${database.engine}: ${applied.join(', ')}\n`);
      } finally {
        await database.close();
      }
    }));
}
