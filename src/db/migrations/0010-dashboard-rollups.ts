import { sql } from 'kysely';
import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull } from './dialect.js';

// Rollups and indexes for the programme dashboard (src/db/schema-dashboard.ts, docs/dashboard.md).
// scan_daily and scan_monthly are backfilled here from the scan log; from then on the scan-log
// flush keeps them up to date in its own transaction.

/** On SQLite the rollups are clustered by their key (WITHOUT ROWID): a month's rows are read in one sequential range. */
function clustered(engine: Engine) {
  return engine === 'sqlite' ? sql`without rowid` : sql``;
}

async function createRollups(db: MigrationDb, engine: Engine): Promise<void> {
  const counter = (c: Parameters<typeof notNull>[0]) => c.notNull().defaultTo(0);
  await db.schema.createTable('scan_daily')
    .addColumn('day', dateType(engine), notNull)
    .addColumn('product_id', 'integer', notNull)
    .addColumn('batch_id', 'integer', notNull)
    .addColumn('scans', 'bigint', counter)
    .addColumn('pin_checks', 'bigint', counter)
    .addColumn('pin_failures', 'bigint', counter)
    .addPrimaryKeyConstraint('scan_daily_pk', ['day', 'product_id', 'batch_id'])
    .modifyEnd(clustered(engine))
    .execute();
  await db.schema.createIndex('scan_daily_product_day_idx').on('scan_daily').columns(['product_id', 'day']).execute();
  await db.schema.createTable('scan_monthly')
    .addColumn('month', 'text', notNull)
    .addColumn('product_id', 'integer', notNull)
    .addColumn('scans', 'bigint', counter)
    .addColumn('pin_checks', 'bigint', counter)
    .addColumn('pin_failures', 'bigint', counter)
    .addPrimaryKeyConstraint('scan_monthly_pk', ['month', 'product_id'])
    .modifyEnd(clustered(engine))
    .execute();
  await db.schema.createIndex('scan_monthly_product_idx').on('scan_monthly').columns(['product_id', 'month']).execute();
}

/** The scan's day in Vietnam (UTC+7), as the flush computes it with vietnamDay(). */
function vietnamDayOf(engine: Engine) {
  return engine === 'postgres' ? sql`cast((s.at at time zone 'UTC') + interval '7 hours' as date)` : sql`date(s.at, '+7 hours')`;
}

/** Fills the (empty) rollups from the scan log: run by the migration, exported for its test. */
export async function backfillScanRollups(db: MigrationDb, engine: Engine): Promise<void> {
  const pin = sql`case when s.outcome in ('pin-correct', 'pin-wrong') then 1 else 0 end`;
  const wrong = sql`case when s.outcome = 'pin-wrong' then 1 else 0 end`;
  await sql`
    insert into scan_daily (day, product_id, batch_id, scans, pin_checks, pin_failures)
    select ${vietnamDayOf(engine)}, b.product_id, b.id, count(*), sum(${pin}), sum(${wrong})
    from scan s join stamp t on t.id = s.stamp_id join stamp_batch b on b.id = t.batch_id
    group by 1, 2, 3`.execute(db);
  const month = engine === 'postgres' ? sql`to_char(day, 'YYYY-MM')` : sql`substr(day, 1, 7)`;
  await sql`
    insert into scan_monthly (month, product_id, scans, pin_checks, pin_failures)
    select ${month}, product_id, sum(scans), sum(pin_checks), sum(pin_failures)
    from scan_daily group by 1, 2`.execute(db);
}

/** Indexes the dashboard's aggregates read through (see docs/dashboard.md). */
async function createIndexes(db: MigrationDb): Promise<void> {
  // Stamp coverage: "does this batch have an active stamp" is answered from the index alone.
  await db.schema.createIndex('stamp_batch_status_cov_idx').on('stamp').columns(['batch_id', 'status']).execute();
  await db.schema.createIndex('certificate_revoked_idx').on('certificate').column('revoked_on').execute();
  await db.schema.createIndex('dossier_state_idx').on('dossier').columns(['state', 'national_status']).execute();
  await db.schema.createIndex('alert_status_producer_idx').on('alert').columns(['status', 'producer_id']).execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createRollups(db, engine);
  await backfillScanRollups(db, engine);
  await createIndexes(db);
}

export async function down(db: MigrationDb): Promise<void> {
  for (const index of ['stamp_batch_status_cov_idx', 'certificate_revoked_idx', 'dossier_state_idx', 'alert_status_producer_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.dropTable('scan_monthly').execute();
  await db.schema.dropTable('scan_daily').execute();
}
