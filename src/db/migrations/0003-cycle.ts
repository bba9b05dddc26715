import type { CreateTableBuilder } from 'kysely';
import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// The yearly OCOP cycle: rounds with their step dates, product ideas, business plans (each with a
// history of status changes), support activities per producer, and in-app notifications.
// `product_id` columns carry no foreign key: the registry's product table lives in another
// migration, and ideas are often registered before the product exists.

function withTransitionColumns<T extends string>(table: CreateTableBuilder<T, 'id'>, engine: Engine) {
  return table
    .addColumn('at', timestampType(engine), notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('from_status', 'text', notNull)
    .addColumn('to_status', 'text', notNull)
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('actor_username', 'text', notNull);
}

async function createRounds(db: MigrationDb, engine: Engine): Promise<void> {
  const date = dateType(engine);
  const ts = timestampType(engine);
  await withId(db.schema.createTable('cycle_round'), engine)
    .addColumn('name', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('promotion_from', date)
    .addColumn('idea_from', date, notNull)
    .addColumn('idea_to', date, notNull)
    .addColumn('plan_deadline', date, notNull)
    .addColumn('evaluation_from', date)
    .addColumn('evaluation_to', date)
    .addColumn('council_date', date)
    .addColumn('trade_promotion_from', date)
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('cycle_round_year_name_uq').on('cycle_round').columns(['year', 'name']).unique().execute();
}

async function createIdeas(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('product_idea'), engine)
    .addColumn('round_id', 'integer', (c) => c.notNull().references('cycle_round.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('product_id', 'integer')
    .addColumn('title', 'text', notNull)
    .addColumn('product_set', 'integer', notNull)
    .addColumn('description', 'text', notNull)
    .addColumn('raw_materials', 'text', notNull)
    .addColumn('expected_market', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addColumn('submitted_at', ts)
    .addColumn('decided_at', ts)
    .execute();
  await db.schema.createIndex('product_idea_producer_idx').on('product_idea').column('producer_id').execute();
  await db.schema.createIndex('product_idea_round_status_idx').on('product_idea').columns(['round_id', 'status']).execute();
  await withTransitionColumns(withId(db.schema.createTable('product_idea_transition'), engine), engine)
    .addColumn('idea_id', 'integer', (c) => c.notNull().references('product_idea.id'))
    .execute();
  await db.schema.createIndex('product_idea_transition_idx').on('product_idea_transition').column('idea_id').execute();
}

async function createPlans(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('business_plan'), engine)
    .addColumn('idea_id', 'integer', (c) => c.notNull().unique().references('product_idea.id'))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('cycle_round.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('product_id', 'integer')
    .addColumn('summary', 'text', notNull)
    .addColumn('investment_vnd', 'bigint', notNull)
    .addColumn('expected_revenue_vnd', 'bigint', notNull)
    .addColumn('jobs', 'integer', notNull)
    .addColumn('timeline', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addColumn('submitted_at', ts)
    .addColumn('decided_at', ts)
    .execute();
  await db.schema.createIndex('business_plan_producer_idx').on('business_plan').column('producer_id').execute();
  await withTransitionColumns(withId(db.schema.createTable('business_plan_transition'), engine), engine)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('business_plan.id'))
    .execute();
  await db.schema.createIndex('business_plan_transition_idx').on('business_plan_transition').column('plan_id').execute();
}

async function createSupport(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('support_activity'), engine)
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('round_id', 'integer', (c) => c.references('cycle_round.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('activity_date', dateType(engine), notNull)
    .addColumn('description', 'text', notNull)
    .addColumn('cost_vnd', 'bigint', notNull)
    .addColumn('funding_source', 'text', notNull)
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('support_activity_producer_idx').on('support_activity').column('producer_id').execute();
  await db.schema.createIndex('support_activity_date_idx').on('support_activity').column('activity_date').execute();
}

async function createNotifications(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('notification'), engine)
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', notNull)
    .addColumn('title_vi', 'text', notNull)
    .addColumn('title_en', 'text', notNull)
    .addColumn('link', 'text')
    .addColumn('created_at', ts, notNull)
    .addColumn('read_at', ts)
    .execute();
  await db.schema.createIndex('notification_recipient_idx').on('notification').columns(['recipient_id', 'read_at']).execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createRounds(db, engine);
  await createIdeas(db, engine);
  await createPlans(db, engine);
  await createSupport(db, engine);
  await createNotifications(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  const tables = ['notification', 'support_activity', 'business_plan_transition', 'business_plan', 'product_idea_transition', 'product_idea', 'cycle_round'];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
