import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { SQLITE_FILE } from './database.js';

// Online backup of the SQLite database plus the uploaded files, and the reverse. SQLite's backup
// API copies a consistent snapshot while the server keeps writing.

export const FILES_DIR = 'files';
export const MANIFEST = 'manifest.json';

export type Manifest = { format: 'ocop-backup-1'; createdAt: string; engine: 'sqlite'; tables: Record<string, number> };

function tableCounts(db: SQLite.Database): Record<string, number> {
  const names = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all();
  const counts: Record<string, number> = {};
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const n = db.prepare(`select count(*) from "${name.replaceAll('"', '""')}"`).pluck().get();
    counts[name] = typeof n === 'number' ? n : 0;
  }
  return counts;
}

export async function backupSqlite(dataDir: string, destDir: string, now: Date): Promise<Manifest> {
  const source = join(dataDir, SQLITE_FILE);
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(destDir) && readdirSync(destDir).length > 0) throw new Error(`backup folder ${destDir} is not empty`);
  mkdirSync(destDir, { recursive: true });
  const db = new SQLite(source, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    await db.backup(join(destDir, SQLITE_FILE));
  } finally {
    db.close();
  }
  if (existsSync(join(dataDir, FILES_DIR))) cpSync(join(dataDir, FILES_DIR), join(destDir, FILES_DIR), { recursive: true });
  const copy = new SQLite(join(destDir, SQLITE_FILE), { readonly: true });
  const manifest: Manifest = { format: 'ocop-backup-1', createdAt: now.toISOString(), engine: 'sqlite', tables: tableCounts(copy) };
  copy.close();
  writeFileSync(join(destDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function checkBackup(file: string): void {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.prepare('pragma integrity_check').pluck().get();
    if (result !== 'ok') throw new Error(`backup database is damaged: ${String(result)}`);
    const hasMigrations = db.prepare("select count(*) from sqlite_master where name = 'kysely_migration'").pluck().get();
    if (hasMigrations !== 1) throw new Error('this file is not an OCOP database');
  } finally {
    db.close();
  }
}

/** Replaces the data folder's database and files with a backup. The server must be stopped. */
export function restoreSqlite(backupDir: string, dataDir: string, opts: { force: boolean }): void {
  const file = join(backupDir, SQLITE_FILE);
  if (!existsSync(join(backupDir, MANIFEST)) || !existsSync(file)) throw new Error(`${backupDir} is not an OCOP backup (no ${MANIFEST} or ${SQLITE_FILE})`);
  checkBackup(file);
  const target = join(dataDir, SQLITE_FILE);
  if (existsSync(target) && !opts.force) throw new Error(`${target} exists; stop the server and pass --force to replace it`);
  mkdirSync(dataDir, { recursive: true });
  const temp = `${target}.restoring`;
  cpSync(file, temp);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(temp, target);
  if (existsSync(join(backupDir, FILES_DIR))) {
    rmSync(join(dataDir, FILES_DIR), { recursive: true, force: true });
    cpSync(join(backupDir, FILES_DIR), join(dataDir, FILES_DIR), { recursive: true });
  }
}
