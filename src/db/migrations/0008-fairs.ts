import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// The fairs and events calendar (see src/db/schema-catalogue.ts), and the indexes the public
// catalogue's list needs at 20,000 products: listed products are filtered by status and read in
// name order, so (status, name) serves both the filter and the ORDER BY … LIMIT of a page.

async function createFairs(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('fair'), engine)
    .addColumn('name_vi', 'text', notNull)
    .addColumn('name_en', 'text')
    .addColumn('place', 'text', notNull)
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('starts_on', dateType(engine), notNull)
    .addColumn('ends_on', dateType(engine), notNull)
    .addColumn('description', 'text')
    .addColumn('url', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', timestampType(engine), notNull)
    .addColumn('updated_at', timestampType(engine), notNull)
    .execute();
  await db.schema.createIndex('fair_ends_idx').on('fair').columns(['ends_on', 'starts_on']).execute();
  await db.schema.createTable('fair_product')
    .addColumn('fair_id', 'integer', (c) => c.notNull().references('fair.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('fair_product_pk', ['fair_id', 'product_id'])
    .execute();
  await db.schema.createIndex('fair_product_product_idx').on('fair_product').column('product_id').execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createFairs(db, engine);
  await db.schema.createIndex('product_status_name_idx').on('product').columns(['status', 'name']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('product_status_name_idx').execute();
  await db.schema.dropTable('fair_product').execute();
  await db.schema.dropTable('fair').execute();
}
