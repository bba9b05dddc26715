import { expectedReportCount, missingReportRows } from '../../db/repositories/reports-missing.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { assertReportOffice, currentYear, reportScope } from './report-access.js';
import type { MissingReportsView } from './report-input.js';

/** Producers in the caller's scope that owe a report for the year and have not filed it. */
export async function listMissingReports(ctx: ServiceContext, opts: { actor: Actor; year?: number | undefined }): Promise<MissingReportsView> {
  assertReportOffice(opts.actor);
  const scope = await reportScope(ctx.db, opts.actor);
  const year = opts.year ?? currentYear(ctx);
  const [rows, expected] = await Promise.all([missingReportRows(ctx.db, scope, year), expectedReportCount(ctx.db, scope, year)]);
  return {
    year, expected, filed: expected - rows.length,
    missing: rows.map((r) => ({ producerId: r.id, producerName: r.name, producerType: r.type, unit: { id: r.unit_id, name: r.unit_name }, reportStatus: r.report_status })),
  };
}
