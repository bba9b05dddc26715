import type { Kysely } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { ReportStatus } from '../schema-reports.js';
import type { DB, ProducerType } from '../schema.js';

// Which producers owe a yearly report: those holding an OCOP certificate in force at some time in
// the year (issued by its end, not expired or revoked before its start). "Missing" are those of
// them without a filed report for that year (a draft does not count).

export type MissingRow = {
  id: number;
  name: string;
  type: ProducerType;
  unit_id: string;
  unit_name: string;
  report_status: ReportStatus | null;
};

function expected(db: Kysely<DB>, scope: ProducerScope, year: number) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  let q = db.selectFrom('producer as p').innerJoin('unit as u', 'u.id', 'p.unit_id')
    .where((eb) => eb.exists(eb.selectFrom('certificate as c').select('c.id').whereRef('c.producer_id', '=', 'p.id')
      .where('c.issued_on', '<=', end).where('c.expires_on', '>=', start)
      .where((w) => w.or([w('c.revoked_on', 'is', null), w('c.revoked_on', '>=', start)]))));
  if (scope.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (scope.kind === 'producer') q = q.where('p.id', '=', scope.producerId);
  if (scope.kind === 'units') q = q.where('p.unit_id', 'in', scope.unitIds);
  return q;
}

export async function missingReportRows(db: Kysely<DB>, scope: ProducerScope, year: number): Promise<MissingRow[]> {
  return expected(db, scope, year)
    .leftJoin('producer_report as r', (j) => j.onRef('r.producer_id', '=', 'p.id').on('r.year', '=', year))
    .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.status', '!=', 'filed')]))
    .select(['p.id', 'p.name', 'p.type', 'p.unit_id', 'u.name as unit_name', 'r.status as report_status'])
    .orderBy('u.name').orderBy('p.name').orderBy('p.id')
    .execute();
}

/** How many producers owe a report for the year in the scope (filed or not). */
export async function expectedReportCount(db: Kysely<DB>, scope: ProducerScope, year: number): Promise<number> {
  const r = await expected(db, scope, year).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
