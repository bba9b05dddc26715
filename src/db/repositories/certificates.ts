import { type Expression, type ExpressionBuilder, type Insertable, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { CertificateTable } from '../schema-evaluation.js';
import type { DB } from '../schema.js';
import { producerIdsInScope } from './ideas.js';

export type CertificateRow = Selectable<CertificateTable> & {
  decision_number: string; decision_date: string; decision_authority: string; signer_name: string; signer_title: string;
  unit_name: string | null; product_status: string;
};

/** Status on a date, as SQL can tell it from the dates alone (the transitional extension is not a column). */
export type CertificateStatusFilter = 'valid' | 'expiring' | 'expired' | 'revoked' | 'superseded';

export type CertificateFilter = {
  scope: ProducerScope;
  today: string;
  /** today + the "expiring" horizon (180 days under certification.json). */
  expiringUntil: string;
  status?: CertificateStatusFilter | undefined;
  star?: number | undefined;
  unitIds?: string[] | undefined;
  producerId?: number | undefined;
  productId?: number | undefined;
  /** Live certificates whose expiry falls between today and this date. */
  expiresBy?: string | undefined;
};

export type CertificateSort = 'issued' | 'expires' | 'number';

type Eb = ExpressionBuilder<DB, 'certificate'>;

function notRevoked(eb: Eb, today: string): Expression<SqlBool> {
  return eb.or([eb('certificate.revoked_on', 'is', null), eb('certificate.revoked_on', '>', today)]);
}

function live(eb: Eb, today: string): Expression<SqlBool> {
  return eb.and([notRevoked(eb, today), eb.or([eb('certificate.superseded_on', 'is', null), eb('certificate.superseded_on', '>', today)])]);
}

function statusCondition(eb: Eb, f: CertificateFilter, status: CertificateStatusFilter): Expression<SqlBool> {
  switch (status) {
    case 'revoked':
      return eb('certificate.revoked_on', '<=', f.today);
    case 'superseded':
      return eb.and([notRevoked(eb, f.today), eb('certificate.superseded_on', '<=', f.today)]);
    case 'expired':
      return eb.and([live(eb, f.today), eb('certificate.expires_on', '<', f.today)]);
    case 'expiring':
      return eb.and([live(eb, f.today), eb('certificate.expires_on', '>=', f.today), eb('certificate.expires_on', '<=', f.expiringUntil)]);
    case 'valid':
      return eb.and([live(eb, f.today), eb('certificate.expires_on', '>', f.expiringUntil)]);
  }
}

function joined(db: Kysely<DB>) {
  return db.selectFrom('certificate')
    .innerJoin('ocop_decision', 'ocop_decision.id', 'certificate.decision_id')
    .innerJoin('product', 'product.id', 'certificate.product_id')
    .innerJoin('producer', 'producer.id', 'certificate.producer_id')
    .leftJoin('unit', 'unit.id', 'certificate.unit_id')
    .selectAll('certificate')
    .select([
      'ocop_decision.number as decision_number', 'ocop_decision.decided_on as decision_date', 'ocop_decision.authority as decision_authority',
      'ocop_decision.signer_name', 'ocop_decision.signer_title', 'unit.name as unit_name', 'product.status as product_status',
    ]);
}

function filtered(db: Kysely<DB>, f: CertificateFilter) {
  let q = joined(db);
  const inScope = producerIdsInScope(db, f.scope);
  if (inScope !== undefined) q = q.where('certificate.producer_id', 'in', inScope);
  const status = f.status;
  if (status !== undefined) q = q.where((eb) => statusCondition(eb, f, status));
  if (f.star !== undefined) q = q.where('certificate.star', '=', f.star);
  if (f.unitIds !== undefined) q = q.where('producer.unit_id', 'in', f.unitIds);
  if (f.producerId !== undefined) q = q.where('certificate.producer_id', '=', f.producerId);
  if (f.productId !== undefined) q = q.where('certificate.product_id', '=', f.productId);
  const by = f.expiresBy;
  if (by !== undefined) q = q.where((eb) => eb.and([live(eb, f.today), eb('certificate.expires_on', '>=', f.today), eb('certificate.expires_on', '<=', by)]));
  return q;
}

export async function listCertificateRows(db: Kysely<DB>, f: CertificateFilter, sort: CertificateSort, limit: number, offset: number): Promise<CertificateRow[]> {
  const q = filtered(db, f);
  const ordered = sort === 'expires' ? q.orderBy('certificate.expires_on', 'asc') : sort === 'number' ? q.orderBy('certificate.number', 'asc') : q.orderBy('certificate.issued_on', 'desc');
  return ordered.orderBy('certificate.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countCertificateRows(db: Kysely<DB>, f: CertificateFilter): Promise<number> {
  const r = await filtered(db, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findCertificate(db: Kysely<DB>, id: number): Promise<CertificateRow | undefined> {
  return joined(db).where('certificate.id', '=', id).executeTakeFirst();
}

export async function findCertificateByNumber(db: Kysely<DB>, number: string): Promise<CertificateRow | undefined> {
  return joined(db).where('certificate.number', '=', number).executeTakeFirst();
}

/**
 * The next number of the province's per-year sequence. One statement (insert, or increment on
 * conflict, returning the value): PostgreSQL locks the row for the increment and SQLite
 * serialises writers, so two decisions recorded at once never get the same number.
 */
export async function nextCertificateSequence(db: Kysely<DB>, province: string, year: number): Promise<number> {
  const r = await db.insertInto('certificate_sequence').values({ province, year, last_value: 1 })
    .onConflict((oc) => oc.columns(['province', 'year']).doUpdateSet((eb) => ({ last_value: eb('certificate_sequence.last_value', '+', 1) })))
    .returning('last_value').executeTakeFirstOrThrow();
  return r.last_value;
}

/** Sets a sequence to at least `value` (bulk loads that number certificates themselves). */
export async function raiseCertificateSequence(db: Kysely<DB>, province: string, year: number, value: number): Promise<void> {
  await db.insertInto('certificate_sequence').values({ province, year, last_value: value })
    .onConflict((oc) => oc.columns(['province', 'year']).doUpdateSet({ last_value: value }).where('certificate_sequence.last_value', '<', value))
    .execute();
}

export async function insertCertificates(db: Kysely<DB>, rows: Insertable<CertificateTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const r = await db.insertInto('certificate').values(rows).returning('id').execute();
  return r.map((x) => x.id);
}

export async function updateCertificateRow(db: Kysely<DB>, id: number, patch: Updateable<CertificateTable>): Promise<void> {
  await db.updateTable('certificate').set(patch).where('id', '=', id).execute();
}

/** The product's certificate that nothing has replaced (at most one), if any. */
export async function currentCertificateOf(db: Kysely<DB>, productId: number): Promise<CertificateRow | undefined> {
  return joined(db).where('certificate.product_id', '=', productId).where('certificate.superseded_by', 'is', null)
    .orderBy('certificate.issued_on', 'desc').orderBy('certificate.id', 'desc').limit(1).executeTakeFirst();
}

/** Certificates neither revoked nor replaced whose expiry lies in [from, to]: the jobs' working set. */
export async function liveCertificatesExpiringBetween(db: Kysely<DB>, today: string, from: string, to: string): Promise<CertificateRow[]> {
  return joined(db).where((eb) => live(eb, today)).where('certificate.expires_on', '>=', from).where('certificate.expires_on', '<=', to)
    .orderBy('certificate.expires_on').orderBy('certificate.id').execute();
}

/** Records that a reminder went out; false when it had already been recorded (another run or instance). */
export async function claimReminder(db: Kysely<DB>, certificateId: number, code: string, dueOn: string, at: string): Promise<boolean> {
  const r = await db.insertInto('certificate_reminder').values({ certificate_id: certificateId, code, due_on: dueOn, sent_at: at })
    .onConflict((oc) => oc.columns(['certificate_id', 'code']).doNothing()).returning('certificate_id').execute();
  return r.length === 1;
}
