import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// Foundation tables: administrative units with their succession, accounts, sessions, API
// tokens, the audit log and the producer register's first columns.

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', notNull)
    .execute();

  await db.schema
    .createTable('unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('type', 'text', notNull)
    .addColumn('level', 'text', notNull)
    .addColumn('parent_id', 'text', (c) => c.references('unit.id'))
    .addColumn('valid_from', date)
    .addColumn('valid_to', date)
    .addColumn('legal_basis', 'text')
    .addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('unit_parent_idx').on('unit').column('parent_id').execute();

  await db.schema
    .createTable('unit_succession')
    .addColumn('from_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('partial', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('effective', date, notNull)
    .addColumn('legal_basis', 'text')
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('unit_succession_pk', ['from_id', 'to_id'])
    .execute();

  await withId(db.schema.createTable('producer'), engine)
    .addColumn('name', 'text', notNull)
    .addColumn('type', 'text', notNull)
    .addColumn('tax_code', 'text', (c) => c.unique())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('representative', 'text')
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('producer_unit_idx').on('producer').column('unit_id').execute();

  await withId(db.schema.createTable('app_user'), engine)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('producer_id', 'integer', (c) => c.references('producer.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ts)
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('expires_at', ts, notNull)
    .addColumn('last_seen_at', ts, notNull)
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await withId(db.schema.createTable('api_token'), engine)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', ts, notNull)
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .execute();

  await withId(db.schema.createTable('audit_log'), engine)
    .addColumn('at', ts, notNull)
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', notNull)
    .addColumn('entity', 'text', notNull)
    .addColumn('entity_id', 'text', notNull)
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_at_idx').on('audit_log').column('at').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const table of ['audit_log', 'api_token', 'session', 'app_user', 'producer', 'unit_succession', 'unit', 'app_meta']) {
    await db.schema.dropTable(table).execute();
  }
}
