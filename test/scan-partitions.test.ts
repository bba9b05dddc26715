import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, createDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrationProvider } from '../src/db/migrations/index.js';
import { scanPartitionNames } from '../src/db/repositories/scan-partitions.js';
import { applyScanRetention, ensureScanPartitions } from '../src/services/ops/scan-partitions.js';
import { type TestStore, createTestStore, testEngine } from './helpers/engine.js';

// The scan log at scale: migration 0009 turns a populated scan table into monthly partitions on
// PostgreSQL (rows and ids kept), the app creates months ahead (moving any rows the default
// partition caught) and retention drops whole old months; SQLite keeps one table and deletes.

const pg = testEngine() === 'postgres';
let store: TestStore;
let database: Database;

const scan = (at: string, serial: string) => ({ at, stamp_id: null, serial, result: 'unknown' as const, outcome: 'viewed' as const, province: null, client_class: 'mobile' as const });
const ctxAt = (iso: string) => ({ db: database.db, engine: database.engine, now: () => new Date(iso) });

beforeAll(async () => {
  store = await createTestStore();
  database = createDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  const migrator = new Migrator({ db: database.db, provider: migrationProvider(database.engine), migrationTableName: 'kysely_migration' });
  const { error } = await migrator.migrateTo('0005-stamps');
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
  await database.db.insertInto('scan').values([scan('2019-01-05T10:00:00.000Z', 'OLD'), scan('2026-01-15T10:00:00.000Z', 'JAN'), scan(new Date().toISOString(), 'NOW')]).execute();
  await migrateToLatest(database);
});
afterAll(async () => {
  await database?.close();
  await store?.drop();
});

const serials = async () => (await database.db.selectFrom('scan').select(['id', 'serial']).orderBy('id').execute());

describe('scan log partitions', () => {
  it('migrate a populated scan log keeping rows and ids; new scans continue the ids', async () => {
    expect(await serials()).toEqual([{ id: 1, serial: 'OLD' }, { id: 2, serial: 'JAN' }, { id: 3, serial: 'NOW' }]);
    await database.db.insertInto('scan').values(scan(new Date().toISOString(), 'NEW')).execute();
    expect((await serials()).at(-1)).toEqual({ id: 4, serial: 'NEW' });
    if (!pg) return;
    const names = await scanPartitionNames(database.db);
    const month = (offset: number) => { const d = new Date(); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString(); };
    for (const m of [month(0), month(1), month(2)]) expect(names).toContain(`scan_p${m.slice(0, 4)}_${m.slice(5, 7)}`);
    expect(names).toContain('scan_p2026_01');
    expect(names).toContain('scan_p_default');
    const old = await sql<{ serial: string }>`select serial from scan_p_default`.execute(database.db);
    expect(old.rows.map((r) => r.serial)).toEqual(['OLD']); // older than three years
  });

  it('create months ahead, moving rows the default partition caught', async () => {
    await database.db.insertInto('scan').values(scan('2031-06-02T00:00:00.000Z', 'FUTURE')).execute();
    const created = await ensureScanPartitions(ctxAt('2031-05-10T00:00:00.000Z'));
    if (!pg) {
      expect(created).toEqual([]);
      return;
    }
    expect(created).toEqual(['scan_p2031_05', 'scan_p2031_06', 'scan_p2031_07']);
    expect(await ensureScanPartitions(ctxAt('2031-05-10T00:00:00.000Z'))).toEqual([]);
    const moved = await sql<{ serial: string }>`select serial from scan_p2031_06`.execute(database.db);
    expect(moved.rows.map((r) => r.serial)).toEqual(['FUTURE']);
  });

  it('keep OCOP_SCAN_RETENTION_MONTHS: whole months dropped on PostgreSQL, rows deleted on SQLite', async () => {
    const r = await applyScanRetention(ctxAt('2028-03-20T00:00:00.000Z'), 24);
    expect(r.cutoff).toBe('2026-03-01T00:00:00.000Z');
    if (pg) expect(r.droppedPartitions).toContain('scan_p2026_01');
    else expect(r.deletedRows).toBe(2);
    expect((await serials()).map((s) => s.serial)).toEqual(['NOW', 'NEW', 'FUTURE']);
  });
});
