import { sql } from 'kysely';
import type { Engine } from '../database.js';
import { type MigrationDb, dateType, notNull, timestampType, withId } from './dialect.js';

// Evaluation and certification: councils and seats, dossiers with history, evidence and scores,
// decisions, certificates, the per-year certificate number sequence and the reminders sent.
// A partial unique index keeps one open dossier per product on both engines.

const OPEN_STATES = ['draft', 'submitted', 'commune_review', 'advisory_review', 'evidence_requested', 'council_scoring', 'scored'];

async function createCouncils(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withId(db.schema.createTable('council'), engine)
    .addColumn('name', 'text', notNull)
    .addColumn('round_id', 'integer', (c) => c.references('cycle_round.id'))
    .addColumn('session_date', dateType(engine), notNull)
    .addColumn('rules_version', 'text', notNull)
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createTable('council_seat')
    .addColumn('council_id', 'integer', (c) => c.notNull().references('council.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', notNull)
    .addColumn('present', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('council_seat_pk', ['council_id', 'user_id'])
    .execute();
  await db.schema.createIndex('council_seat_user_idx').on('council_seat').column('user_id').execute();
}

async function createDecisions(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('ocop_decision'), engine)
    .addColumn('kind', 'text', notNull)
    .addColumn('number', 'text', notNull)
    .addColumn('decided_on', dateType(engine), notNull)
    .addColumn('authority', 'text', notNull)
    .addColumn('signer_name', 'text', notNull)
    .addColumn('signer_title', 'text', notNull)
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', timestampType(engine), notNull)
    .execute();
  await db.schema.createIndex('ocop_decision_number_uq').on('ocop_decision').columns(['number', 'decided_on']).unique().execute();
}

function dossierColumns(db: MigrationDb, engine: Engine) {
  const ts = timestampType(engine);
  return withId(db.schema.createTable('dossier'), engine)
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('round_id', 'integer', (c) => c.references('cycle_round.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('workflow_version', 'text', notNull)
    .addColumn('score_version', 'text', notNull)
    .addColumn('set_number', 'integer', notNull)
    .addColumn('producer_type', 'text')
    .addColumn('provider_case', 'integer')
    .addColumn('rules_version', 'text')
    .addColumn('previous_dossier_id', 'integer', (c) => c.references('dossier.id'))
    .addColumn('previous_certificate_id', 'integer')
    .addColumn('product_status_before', 'text')
    .addColumn('self_answers', 'text')
    .addColumn('self_total', 'double precision')
    .addColumn('self_star', 'integer')
    .addColumn('commune_assessment', 'text')
    .addColumn('requested_evidence', 'text')
    .addColumn('evidence_requested_at', ts)
    .addColumn('council_id', 'integer', (c) => c.references('council.id'))
    .addColumn('reason', 'text')
    .addColumn('result_kind', 'text')
    .addColumn('result_star', 'integer')
    .addColumn('result_total', 'double precision')
    .addColumn('result_display', 'double precision')
    .addColumn('result_part_means', 'text')
    .addColumn('close_override', 'text')
    .addColumn('closed_at', ts)
    .addColumn('decision_id', 'integer', (c) => c.references('ocop_decision.id'))
    .addColumn('national_status', 'text')
    .addColumn('national_decision_id', 'integer', (c) => c.references('ocop_decision.id'))
    .addColumn('certificate_id', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addColumn('submitted_at', ts)
    .addColumn('filed_on', dateType(engine))
    .addColumn('decided_at', ts);
}

async function createDossiers(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await dossierColumns(db, engine).execute();
  await db.schema.createIndex('dossier_producer_idx').on('dossier').column('producer_id').execute();
  await db.schema.createIndex('dossier_council_idx').on('dossier').column('council_id').execute();
  await db.schema.createIndex('dossier_open_product_uq').on('dossier').column('product_id').unique()
    .where(sql.ref('state'), 'in', OPEN_STATES).execute();
  await withId(db.schema.createTable('dossier_transition'), engine)
    .addColumn('dossier_id', 'integer', (c) => c.notNull().references('dossier.id'))
    .addColumn('at', ts, notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('from_status', 'text', notNull)
    .addColumn('to_status', 'text', notNull)
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('actor_username', 'text', notNull)
    .execute();
  await db.schema.createIndex('dossier_transition_idx').on('dossier_transition').column('dossier_id').execute();
  await withId(db.schema.createTable('dossier_evidence'), engine)
    .addColumn('dossier_id', 'integer', (c) => c.notNull().references('dossier.id'))
    .addColumn('type', 'text', notNull)
    .addColumn('file_key', 'text', notNull)
    .addColumn('mime', 'text', notNull)
    .addColumn('bytes', 'integer', notNull)
    .addColumn('valid_until', dateType(engine))
    .addColumn('reused_from_id', 'integer', (c) => c.references('dossier_evidence.id'))
    .addColumn('uploaded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('uploaded_at', ts, notNull)
    .execute();
  await db.schema.createIndex('dossier_evidence_idx').on('dossier_evidence').column('dossier_id').execute();
}

async function createScores(db: MigrationDb, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('council_score'), engine)
    .addColumn('dossier_id', 'integer', (c) => c.notNull().references('dossier.id'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('council.id'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('round', 'integer', notNull)
    .addColumn('answers', 'text', notNull)
    .addColumn('producer_type', 'text')
    .addColumn('provider_case', 'integer')
    .addColumn('total', 'double precision', notNull)
    .addColumn('parts', 'text', notNull)
    .addColumn('star', 'integer', notNull)
    .addColumn('submitted_at', timestampType(engine), notNull)
    .execute();
  // Two submissions of the same round (a double click, two tabs) cannot both be stored.
  await db.schema.createIndex('council_score_round_uq').on('council_score').columns(['dossier_id', 'member_id', 'round']).unique().execute();
}

async function createCertificates(db: MigrationDb, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withId(db.schema.createTable('certificate'), engine)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', notNull)
    .addColumn('sequence', 'integer', notNull)
    .addColumn('product_id', 'integer', (c) => c.notNull().references('product.id'))
    .addColumn('producer_id', 'integer', (c) => c.notNull().references('producer.id'))
    .addColumn('dossier_id', 'integer', (c) => c.references('dossier.id'))
    .addColumn('decision_id', 'integer', (c) => c.notNull().references('ocop_decision.id'))
    .addColumn('star', 'integer', notNull)
    .addColumn('total_score', 'double precision', notNull)
    .addColumn('product_name', 'text', notNull)
    .addColumn('producer_name', 'text', notNull)
    .addColumn('producer_address', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('legal_version', 'text', notNull)
    .addColumn('rules_version', 'text', notNull)
    .addColumn('issued_on', date, notNull)
    .addColumn('expires_on', date, notNull)
    .addColumn('revoked_on', date)
    .addColumn('revocation_reason', 'text')
    .addColumn('revocation_note', 'text')
    .addColumn('revoked_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('superseded_by', 'integer', (c) => c.references('certificate.id'))
    .addColumn('superseded_on', date)
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('certificate_product_idx').on('certificate').column('product_id').execute();
  await db.schema.createIndex('certificate_producer_idx').on('certificate').column('producer_id').execute();
  await db.schema.createIndex('certificate_expires_idx').on('certificate').column('expires_on').execute();
  await db.schema.createTable('certificate_sequence')
    .addColumn('province', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('last_value', 'integer', notNull)
    .addPrimaryKeyConstraint('certificate_sequence_pk', ['province', 'year'])
    .execute();
  await db.schema.createTable('certificate_reminder')
    .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificate.id'))
    .addColumn('code', 'text', notNull)
    .addColumn('due_on', date, notNull)
    .addColumn('sent_at', ts, notNull)
    .addPrimaryKeyConstraint('certificate_reminder_pk', ['certificate_id', 'code'])
    .execute();
}

export async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createCouncils(db, engine);
  await createDecisions(db, engine);
  await createDossiers(db, engine);
  await createScores(db, engine);
  await createCertificates(db, engine);
}

export async function down(db: MigrationDb): Promise<void> {
  const tables = [
    'certificate_reminder', 'certificate_sequence', 'certificate', 'council_score', 'dossier_evidence', 'dossier_transition',
    'dossier', 'ocop_decision', 'council_seat', 'council',
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
