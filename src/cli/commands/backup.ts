import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { backupSqlite, restoreSqlite } from '../../db/backup.js';
import { action } from '../errors.js';

const PG_HELP = `This installation uses PostgreSQL (DATABASE_URL is set). Back it up with PostgreSQL's own tools:
  pg_dump --format=custom --file=ocop-$(date +%F).dump "$DATABASE_URL"
and restore into an empty database with:
  pg_restore --no-owner --dbname="$DATABASE_URL" ocop-YYYY-MM-DD.dump
Copy the uploaded files in $OCOP_DATA_DIR/files alongside the dump.`;

export function backupCommand(): Command {
  return new Command('backup')
    .description('write a consistent online copy of the SQLite database and the uploaded files into a new folder')
    .argument('<folder>', 'destination folder (must be new or empty)')
    .action(action(async (folder: string) => {
      const config = loadConfig();
      if (config.databaseUrl !== undefined) throw new Error(PG_HELP);
      const manifest = await backupSqlite(config.dataDir, folder, new Date());
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(`backup written to ${folder}: ${Object.keys(manifest.tables).length} tables, ${rows} rows\n`);
    }));
}

export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a folder written by `ocop backup` into $OCOP_DATA_DIR (stop the server first)')
    .argument('<folder>', 'a folder written by `ocop backup`')
    .option('--force', 'replace an existing database in the data folder')
    .action(action(async (folder: string, opts: { force?: boolean }) => {
      const config = loadConfig();
      if (config.databaseUrl !== undefined) throw new Error(PG_HELP);
      restoreSqlite(folder, config.dataDir, { force: opts.force === true });
      process.stdout.write(`restored ${folder} into ${config.dataDir}\n`);
    }));
}
