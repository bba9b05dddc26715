import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DossierKind, DossierState } from '../../domain/evaluation/types.js';
import type { ProducerScope } from '../../domain/scope.js';
import type { DossierTable, DossierTransitionTable } from '../schema-evaluation.js';
import type { DB } from '../schema.js';
import { producerIdsInScope } from './ideas.js';

export type DossierRow = Selectable<DossierTable> & {
  producer_name: string; producer_unit_id: string; producer_address: string | null; product_name: string; council_name: string | null;
};
export type DossierTransitionRow = Selectable<DossierTransitionTable>;

export type DossierFilter = {
  scope: ProducerScope;
  /** Council members see only dossiers sent to a council they sit on. */
  seatedUserId?: number | undefined;
  state?: DossierState | undefined;
  kind?: DossierKind | undefined;
  producerId?: number | undefined;
  productId?: number | undefined;
  councilId?: number | undefined;
};

function joined(db: Kysely<DB>) {
  return db
    .selectFrom('dossier')
    .innerJoin('producer', 'producer.id', 'dossier.producer_id')
    .innerJoin('product', 'product.id', 'dossier.product_id')
    .leftJoin('council', 'council.id', 'dossier.council_id')
    .selectAll('dossier')
    .select(['producer.name as producer_name', 'producer.unit_id as producer_unit_id', 'producer.address as producer_address', 'product.name as product_name', 'council.name as council_name']);
}

function filtered(db: Kysely<DB>, f: DossierFilter) {
  let q = joined(db);
  const inScope = producerIdsInScope(db, f.scope);
  if (inScope !== undefined) q = q.where('dossier.producer_id', 'in', inScope);
  if (f.seatedUserId !== undefined) {
    q = q.where('dossier.council_id', 'in', db.selectFrom('council_seat').select('council_id').where('user_id', '=', f.seatedUserId));
  }
  if (f.state !== undefined) q = q.where('dossier.state', '=', f.state);
  if (f.kind !== undefined) q = q.where('dossier.kind', '=', f.kind);
  if (f.producerId !== undefined) q = q.where('dossier.producer_id', '=', f.producerId);
  if (f.productId !== undefined) q = q.where('dossier.product_id', '=', f.productId);
  if (f.councilId !== undefined) q = q.where('dossier.council_id', '=', f.councilId);
  return q;
}

export async function listDossierRows(db: Kysely<DB>, f: DossierFilter, limit: number, offset: number): Promise<DossierRow[]> {
  return filtered(db, f).orderBy('dossier.updated_at', 'desc').orderBy('dossier.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countDossierRows(db: Kysely<DB>, f: DossierFilter): Promise<number> {
  const r = await filtered(db, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findDossier(db: Kysely<DB>, id: number): Promise<DossierRow | undefined> {
  return joined(db).where('dossier.id', '=', id).executeTakeFirst();
}

export async function insertDossier(db: Kysely<DB>, row: Insertable<DossierTable>): Promise<number> {
  const r = await db.insertInto('dossier').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Updates the dossier only while it is still in `from`, so two people acting at once cannot both
 * move it; false when someone else changed it first.
 */
export async function updateDossierInState(db: Kysely<DB>, id: number, from: DossierState, patch: Updateable<DossierTable>): Promise<boolean> {
  const r = await db.updateTable('dossier').set(patch).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateDossierRow(db: Kysely<DB>, id: number, patch: Updateable<DossierTable>): Promise<void> {
  await db.updateTable('dossier').set(patch).where('id', '=', id).execute();
}

export async function insertDossierTransitions(db: Kysely<DB>, rows: Insertable<DossierTransitionTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('dossier_transition').values(rows).execute();
}

export async function listDossierTransitions(db: Kysely<DB>, dossierId: number): Promise<DossierTransitionRow[]> {
  return db.selectFrom('dossier_transition').selectAll().where('dossier_id', '=', dossierId).orderBy('id').execute();
}

/** The product's latest decided dossier: its evidence carries over to an upgrade or re-evaluation. */
export async function latestDecidedDossier(db: Kysely<DB>, productId: number): Promise<Selectable<DossierTable> | undefined> {
  return db.selectFrom('dossier').selectAll().where('product_id', '=', productId).where('state', '=', 'decided')
    .orderBy('decided_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Filed re-evaluations not yet decided, by the certificate they re-evaluate (for the transitional grace). */
export async function pendingReevaluations(db: Kysely<DB>, certificateIds: number[]): Promise<Map<number, string>> {
  if (certificateIds.length === 0) return new Map();
  const rows = await db.selectFrom('dossier').select(['previous_certificate_id', 'filed_on'])
    .where('kind', '=', 're_evaluation').where('filed_on', 'is not', null)
    .where('state', 'not in', ['draft', 'decided', 'withdrawn', 'rejected'])
    .where('previous_certificate_id', 'in', certificateIds).execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.previous_certificate_id !== null && r.filed_on !== null) out.set(r.previous_certificate_id, r.filed_on);
  return out;
}

/** Certificates that a filed (not yet decided) re-evaluation or upgrade is already about. */
export async function certificatesWithFiledDossiers(db: Kysely<DB>, certificateIds: number[]): Promise<Set<number>> {
  if (certificateIds.length === 0) return new Set();
  const rows = await db.selectFrom('dossier').select('previous_certificate_id')
    .where('filed_on', 'is not', null).where('state', 'not in', ['withdrawn', 'rejected'])
    .where('previous_certificate_id', 'in', certificateIds).execute();
  return new Set(rows.flatMap((r) => (r.previous_certificate_id === null ? [] : [r.previous_certificate_id])));
}
