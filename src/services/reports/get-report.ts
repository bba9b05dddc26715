import { findReportFor, reportLines, reportProducts } from '../../db/repositories/producer-reports.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { currentYear, loadReport, reportProducer } from './report-access.js';
import type { ReportFormView, ReportView } from './report-input.js';
import { presentReport } from './report-output.js';

export async function getReport(ctx: ServiceContext, opts: { actor: Actor; reportId: number }): Promise<ReportView> {
  const { report } = await loadReport(ctx.db, opts.actor, opts.reportId);
  return presentReport(report, await reportLines(ctx.db, report.id));
}

/** What the report form needs: the producer's report for the year (if started) and its products. */
export async function getReportForm(ctx: ServiceContext, opts: { actor: Actor; producerId?: number | undefined; year?: number | undefined }): Promise<ReportFormView> {
  const producer = await reportProducer(ctx.db, opts.actor, opts.producerId);
  const thisYear = currentYear(ctx);
  const year = opts.year ?? thisYear;
  if (year > thisYear) throw invalid('No report for a future year', [{ path: 'querystring.year', message: `at most ${thisYear}` }]);
  const report = await findReportFor(ctx.db, producer.id, year);
  const products = await reportProducts(ctx.db, producer.id);
  return {
    producer: { id: producer.id, name: producer.name }, year, currentYear: thisYear,
    report: report === undefined ? null : presentReport(report, await reportLines(ctx.db, report.id)),
    products: products.map((p) => ({ id: p.id, name: p.name, status: p.status, star: p.star, capacityUnit: p.capacity_unit })),
  };
}
