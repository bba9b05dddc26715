import type { Engine } from '../database.js';
import { type MigrationDb, notNull, timestampType, withId } from './dialect.js';

// EPCIS 2.0 repository: events, the identifier index behind the MATCH_* and quantity query
// parameters, and capture jobs. See src/db/schema-epcis.ts for what each column means.

async function createCaptureJobs(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('epcis_capture_job'), engine)
    .addColumn('status', 'text', notNull)
    .addColumn('error_behaviour', 'text', notNull)
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stored_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicate_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('producer_id', 'integer', (c) => c.references('producer.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('finished_at', ts)
    .execute();
  await db.schema.createIndex('epcis_capture_job_creator_idx').on('epcis_capture_job').column('created_by').execute();
}

async function createEvents(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('epcis_event'), engine)
    .addColumn('event_id', 'text', notNull)
    .addColumn('event_type', 'text', notNull)
    .addColumn('event_time', ts, notNull)
    .addColumn('event_time_zone_offset', 'text', notNull)
    .addColumn('record_time', ts, notNull)
    .addColumn('action', 'text')
    .addColumn('biz_step', 'text')
    .addColumn('disposition', 'text')
    .addColumn('read_point', 'text')
    .addColumn('biz_location', 'text')
    .addColumn('event_json', 'text', notNull)
    .addColumn('source', 'text', notNull)
    .addColumn('producer_id', 'integer', (c) => c.references('producer.id'))
    .addColumn('capture_job_id', 'integer', (c) => c.references('epcis_capture_job.id'))
    .addColumn('stamp_batch_id', 'integer', (c) => c.references('stamp_batch.id'))
    .addColumn('lot_id', 'integer', (c) => c.references('lot.id'))
    .execute();
  // The unique event id is what makes capture idempotent (insert … on conflict do nothing).
  await db.schema.createIndex('epcis_event_event_id_uq').unique().on('epcis_event').column('event_id').execute();
  // Keyset pagination orders by (time, id).
  await db.schema.createIndex('epcis_event_time_idx').on('epcis_event').columns(['event_time', 'id']).execute();
  await db.schema.createIndex('epcis_event_record_idx').on('epcis_event').columns(['record_time', 'id']).execute();
  await db.schema.createIndex('epcis_event_producer_idx').on('epcis_event').column('producer_id').execute();
  await db.schema.createIndex('epcis_event_batch_idx').on('epcis_event').column('stamp_batch_id').execute();
  await db.schema.createIndex('epcis_event_lot_idx').on('epcis_event').column('lot_id').execute();
}

async function createEpcIndex(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('epcis_event_epc'), engine)
    .addColumn('event_row_id', 'integer', (c) => c.notNull().references('epcis_event.id'))
    .addColumn('epc', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('quantity', engine === 'postgres' ? 'double precision' : 'real')
    .addColumn('uom', 'text')
    .execute();
  await db.schema.createIndex('epcis_event_epc_epc_idx').on('epcis_event_epc').columns(['epc', 'role']).execute();
  await db.schema.createIndex('epcis_event_epc_event_idx').on('epcis_event_epc').column('event_row_id').execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createCaptureJobs(db, engine);
  await createEvents(db, engine);
  await createEpcIndex(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('epcis_event_epc').execute();
  await db.schema.dropTable('epcis_event').execute();
  await db.schema.dropTable('epcis_capture_job').execute();
}
