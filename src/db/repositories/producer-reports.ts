import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { ProducerReportLineTable, ProducerReportTable, ReportStatus } from '../schema-reports.js';
import type { DB } from '../schema.js';
import type { ProducerScope } from '../../domain/scope.js';

export type ReportRow = Selectable<ProducerReportTable>;
export type ReportLineRow = Selectable<ProducerReportLineTable> & { product_name: string };
export type ReportListRow = ReportRow & { producer_name: string; producer_unit_id: string; unit_name: string; revenue_vnd: number };

export type ReportFilter = {
  scope: ProducerScope;
  year?: number | undefined;
  status?: ReportStatus | undefined;
  producerId?: number | undefined;
};

function scoped(db: Kysely<DB>, f: ReportFilter) {
  let q = db.selectFrom('producer_report as r').innerJoin('producer as p', 'p.id', 'r.producer_id').innerJoin('unit as u', 'u.id', 'p.unit_id');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('r.producer_id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('p.unit_id', 'in', s.unitIds);
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  if (f.status !== undefined) q = q.where('r.status', '=', f.status);
  if (f.producerId !== undefined) q = q.where('r.producer_id', '=', f.producerId);
  return q;
}

export async function listReportRows(db: Kysely<DB>, f: ReportFilter, limit: number, offset: number): Promise<ReportListRow[]> {
  const rows = await scoped(db, f)
    .selectAll('r')
    .select(['p.name as producer_name', 'p.unit_id as producer_unit_id', 'u.name as unit_name'])
    .select((eb) => eb.selectFrom('producer_report_line as l').whereRef('l.report_id', '=', 'r.id')
      .select(sql<number>`coalesce(sum(l.revenue_vnd), 0)`.as('s')).as('revenue_vnd'))
    .orderBy('r.year', 'desc').orderBy('r.updated_at', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute();
  return rows.map((r) => ({ ...r, revenue_vnd: Number(r.revenue_vnd ?? 0) }));
}

export async function countReportRows(db: Kysely<DB>, f: ReportFilter): Promise<number> {
  const r = await scoped(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findReport(db: Kysely<DB>, id: number): Promise<ReportRow | undefined> {
  return db.selectFrom('producer_report').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReportFor(db: Kysely<DB>, producerId: number, year: number): Promise<ReportRow | undefined> {
  return db.selectFrom('producer_report').selectAll().where('producer_id', '=', producerId).where('year', '=', year).executeTakeFirst();
}

export async function insertReport(db: Kysely<DB>, row: Insertable<ProducerReportTable>): Promise<ReportRow> {
  return db.insertInto('producer_report').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateReport(db: Kysely<DB>, id: number, patch: Updateable<ProducerReportTable>): Promise<ReportRow> {
  return db.updateTable('producer_report').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function reportLines(db: Kysely<DB>, reportId: number): Promise<ReportLineRow[]> {
  const rows = await db.selectFrom('producer_report_line as l').innerJoin('product as pr', 'pr.id', 'l.product_id')
    .selectAll('l').select('pr.name as product_name').where('l.report_id', '=', reportId).orderBy('pr.name').orderBy('l.product_id').execute();
  return rows.map((r) => ({ ...r, revenue_vnd: Number(r.revenue_vnd), output_quantity: Number(r.output_quantity) }));
}

export async function replaceReportLines(db: Kysely<DB>, reportId: number, lines: Insertable<ProducerReportLineTable>[]): Promise<void> {
  await db.deleteFrom('producer_report_line').where('report_id', '=', reportId).execute();
  if (lines.length > 0) await db.insertInto('producer_report_line').values(lines).execute();
}

export async function productIdsOfProducer(db: Kysely<DB>, producerId: number): Promise<number[]> {
  const rows = await db.selectFrom('product').select('id').where('producer_id', '=', producerId).execute();
  return rows.map((r) => r.id);
}

export type ReportProductRow = { id: number; name: string; status: string; star: number | null; capacity_unit: string | null };

/** The producer's products, listed on its report form. */
export async function reportProducts(db: Kysely<DB>, producerId: number): Promise<ReportProductRow[]> {
  return db.selectFrom('product').select(['id', 'name', 'status', 'star', 'capacity_unit']).where('producer_id', '=', producerId).orderBy('name').orderBy('id').execute();
}
