import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// Smart e-stamps: lots, batches, stamps (up to millions of rows: narrow, two unique indexes),
// the scan log and counterfeit alerts. See src/db/schema-stamps.ts for what each column means.

async function createLots(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('lot'), engine)
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('code', 'text', notNull)
    .addColumn('production_date', dateType(engine), notNull)
    .addColumn('expiry_date', dateType(engine))
    .addColumn('quantity', 'integer')
    .addColumn('raw_material_area', 'text')
    .addColumn('quality_certificates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', timestampType(engine), notNull)
    .addColumn('updated_at', timestampType(engine), notNull)
    .addUniqueConstraint('lot_product_code_uq', ['product_id', 'code'])
    .execute();
  await db.schema.createIndex('lot_producer_idx').on('lot').column('producer_id').execute();
}

async function createBatches(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('stamp_batch'), engine)
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('lot_id', 'integer', (c) => c.references('lot.id'))
    .addColumn('type', 'text', notNull)
    .addColumn('quantity', 'integer', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text')
    .addColumn('expected_provinces', 'text')
    .addColumn('pin_seed', 'text')
    .addColumn('pins_released_at', ts)
    .addColumn('requested_by', 'integer')
    .addColumn('requested_at', ts, notNull)
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', ts)
    .addColumn('issued_at', ts)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('stamp_batch_status_idx').on('stamp_batch').column('status').execute();
  await db.schema.createIndex('stamp_batch_product_idx').on('stamp_batch').column('product_id').execute();
}

async function createStamps(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('stamp'), engine)
    .addColumn('serial', 'text', notNull)
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('stamp_batch.id'))
    .addColumn('position', 'integer', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('lot_id', 'integer', (c) => c.references('lot.id'))
    .addColumn('activated_at', ts)
    .addColumn('voided_at', ts)
    .addColumn('void_reason', 'text')
    .addColumn('void_note', 'text')
    .addColumn('pin_key_id', 'text')
    .addColumn('pin_hash', 'text')
    .addColumn('pin_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_authenticated_at', ts)
    .addColumn('first_auth_province', 'text')
    .addColumn('scan_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_scan_at', ts)
    .addColumn('first_scan_province', 'text')
    .execute();
  // Serials are unique across the platform; (batch, position) makes the issuing job idempotent.
  await db.schema.createIndex('stamp_serial_uq').unique().on('stamp').column('serial').execute();
  await db.schema.createIndex('stamp_batch_position_uq').unique().on('stamp').columns(['batch_id', 'position']).execute();
  await db.schema.createIndex('stamp_lot_idx').on('stamp').column('lot_id').execute();
}

async function createScansAndAlerts(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('scan'), engine)
    .addColumn('at', ts, notNull)
    .addColumn('stamp_id', 'integer')
    .addColumn('serial', 'text', notNull)
    .addColumn('result', 'text', notNull)
    .addColumn('outcome', 'text', notNull)
    .addColumn('province', 'text')
    .addColumn('client_class', 'text', notNull)
    .execute();
  await db.schema.createIndex('scan_stamp_at_idx').on('scan').columns(['stamp_id', 'at']).execute();
  await db.schema.createIndex('scan_at_idx').on('scan').column('at').execute();
  await withId(db.schema.createTable('alert'), engine)
    .addColumn('kind', 'text', notNull)
    .addColumn('severity', 'text', notNull)
    .addColumn('stamp_id', 'integer', (c) => c.references('stamp.id'))
    .addColumn('producer_id', 'integer', (c) => c.references('producer.id'))
    .addColumn('client_key', 'text')
    .addColumn('explanation_vi', 'text', notNull)
    .addColumn('explanation_en', 'text', notNull)
    .addColumn('facts', 'text', notNull)
    .addColumn('rules_version', 'text', notNull)
    .addColumn('count', 'integer', notNull)
    .addColumn('first_seen', ts, notNull)
    .addColumn('last_seen', ts, notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('acknowledged_by', 'integer')
    .addColumn('acknowledged_at', ts)
    .addColumn('closed_by', 'integer')
    .addColumn('closed_at', ts)
    .execute();
  await db.schema.createIndex('alert_status_idx').on('alert').columns(['status', 'kind']).execute();
  await db.schema.createIndex('alert_stamp_idx').on('alert').column('stamp_id').execute();
  await db.schema.createIndex('alert_producer_idx').on('alert').column('producer_id').execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createLots(db, engine);
  await createBatches(db, engine);
  await createStamps(db, engine);
  await createScansAndAlerts(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  for (const table of ['alert', 'scan', 'stamp', 'stamp_batch', 'lot']) await db.schema.dropTable(table).execute();
}
