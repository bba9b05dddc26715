import { sql } from 'kysely';
import type { Engine } from '../database.js';
import { foldForSearch } from '../../domain/text.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// The registry: producers' identifiers, representative, contacts and workforce; products with
// their catalogue set, GTIN, status and star; quality certificates, sales points and images.

const PRODUCER_COLUMNS: ReadonlyArray<readonly [string, 'text' | 'integer', 'flag' | 'null' | 'folded']> = [
  ['name_folded', 'text', 'folded'],
  ['registration_no', 'text', 'null'],
  ['website', 'text', 'null'],
  ['rep_position', 'text', 'null'],
  ['rep_woman', 'integer', 'flag'],
  ['rep_ethnic_minority', 'integer', 'flag'],
  ['rep_disability', 'integer', 'flag'],
  ['employees_total', 'integer', 'null'],
  ['employees_women', 'integer', 'null'],
  ['employees_ethnic_minority', 'integer', 'null'],
];

async function extendProducer(db: MigrationDb): Promise<void> {
  for (const [name, type, kind] of PRODUCER_COLUMNS) {
    await db.schema.alterTable('producer').addColumn(name, type, (c) => {
      if (kind === 'flag') return c.notNull().defaultTo(0);
      if (kind === 'folded') return c.notNull().defaultTo('');
      return c;
    }).execute();
  }
  await db.schema.createIndex('producer_registration_no_idx').unique().on('producer').column('registration_no').execute();
  // Producers registered before this migration get their search key now.
  const rows = await sql<{ id: number; name: string }>`select id, name from producer`.execute(db);
  for (const r of rows.rows) await sql`update producer set name_folded = ${foldForSearch(r.name)} where id = ${r.id}`.execute(db);
}

async function createProduct(db: MigrationDb, engine: Engine): Promise<void> {
  const real = engine === 'postgres' ? sql`double precision` : sql`real`;
  const ts = timestampType(engine);
  await withId(db.schema.createTable('product'), engine)
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('name_en', 'text')
    .addColumn('name_folded', 'text', notNull)
    .addColumn('set_number', 'integer', notNull)
    .addColumn('description', 'text')
    .addColumn('story', 'text')
    .addColumn('gtin', 'text', (c) => c.unique())
    .addColumn('status', 'text', notNull)
    .addColumn('star', 'integer')
    .addColumn('raw_material_area_ha', real)
    .addColumn('capacity_amount', real)
    .addColumn('capacity_unit', 'text')
    .addColumn('price_vnd', 'bigint')
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addUniqueConstraint('product_producer_name_uq', ['producer_id', 'name'])
    .execute();
  for (const column of ['set_number', 'status', 'star'] as const) {
    await db.schema.createIndex(`product_${column}_idx`).on('product').column(column).execute();
  }
}

async function createProductParts(db: MigrationDb, engine: Engine): Promise<void> {
  const date = dateType(engine);
  const productRef = (c: Parameters<typeof notNull>[0]) => c.notNull().references('product.id').onDelete('cascade');
  await withId(db.schema.createTable('product_certificate'), engine)
    .addColumn('product_id', 'integer', productRef)
    .addColumn('position', 'integer', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('number', 'text')
    .addColumn('issuer', 'text')
    .addColumn('valid_from', date)
    .addColumn('valid_to', date)
    .execute();
  await withId(db.schema.createTable('product_sales_point'), engine)
    .addColumn('product_id', 'integer', productRef)
    .addColumn('position', 'integer', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('address', 'text')
    .addColumn('kind', 'text', notNull)
    .execute();
  await withId(db.schema.createTable('product_image'), engine)
    .addColumn('product_id', 'integer', productRef)
    .addColumn('file_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', notNull)
    .addColumn('width', 'integer', notNull)
    .addColumn('height', 'integer', notNull)
    .addColumn('bytes', 'integer', notNull)
    .addColumn('position', 'integer', notNull)
    .addColumn('created_at', timestampType(engine), notNull)
    .execute();
  for (const table of ['product_certificate', 'product_sales_point', 'product_image']) {
    await db.schema.createIndex(`${table}_product_idx`).on(table).column('product_id').execute();
  }
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await extendProducer(db);
  await createProduct(db, engine);
  await createProductParts(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  for (const table of ['product_image', 'product_sales_point', 'product_certificate', 'product']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('producer_registration_no_idx').execute();
  for (const [name] of [...PRODUCER_COLUMNS].reverse()) await db.schema.alterTable('producer').dropColumn(name).execute();
}
