import { sql } from 'kysely';
import type { Engine } from '../database.js';
import { type MigrationDb, notNull, timestampType, withId } from './dialect.js';

// Producers' yearly reports and the programme's funding and targets (src/db/schema-reports.ts).

async function createReports(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('producer_report'), engine)
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('year', 'integer', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('employees_total', 'integer', notNull)
    .addColumn('employees_women', 'integer', notNull)
    .addColumn('employees_ethnic_minority', 'integer', notNull)
    .addColumn('new_jobs', 'integer', notNull)
    .addColumn('new_jobs_women', 'integer', notNull)
    .addColumn('new_jobs_ethnic_minority', 'integer', notNull)
    .addColumn('average_monthly_income_vnd', 'bigint', notNull)
    .addColumn('sales_channels', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('ecommerce_listings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('filed_at', ts)
    .addColumn('filed_by', 'integer')
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addUniqueConstraint('producer_report_producer_year_uq', ['producer_id', 'year'])
    .execute();
  await db.schema.createIndex('producer_report_year_idx').on('producer_report').columns(['year', 'status']).execute();
  const real = engine === 'postgres' ? sql`double precision` : sql`real`;
  await db.schema.createTable('producer_report_line')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('producer_report.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id'))
    .addColumn('revenue_vnd', 'bigint', notNull)
    .addColumn('output_quantity', real, notNull)
    .addColumn('output_unit', 'text', notNull)
    .addPrimaryKeyConstraint('producer_report_line_pk', ['report_id', 'product_id'])
    .execute();
  await db.schema.createIndex('producer_report_line_product_idx').on('producer_report_line').column('product_id').execute();
}

async function createProgramme(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('programme_funding'), engine)
    .addColumn('year', 'integer', notNull)
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('source', 'text', notNull)
    .addColumn('amount_vnd', 'bigint', notNull)
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('programme_funding_year_idx').on('programme_funding').columns(['year', 'source']).execute();
  await withId(db.schema.createTable('programme_target'), engine)
    .addColumn('year', 'integer', notNull)
    .addColumn('metric', 'text', notNull)
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('value', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('programme_target_year_idx').on('programme_target').columns(['year', 'metric']).execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createReports(db, engine);
  await createProgramme(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  for (const table of ['programme_target', 'programme_funding', 'producer_report_line', 'producer_report']) await db.schema.dropTable(table).execute();
}
