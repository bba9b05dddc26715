import { findReportFor, insertReport, productIdsOfProducer, replaceReportLines, reportLines, updateReport } from '../../db/repositories/producer-reports.js';
import type { ReportRow } from '../../db/repositories/producer-reports.js';
import { isUniqueViolation } from '../../db/repositories/db-errors.js';
import { reportIssues } from '../../domain/reports/report-rules.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { conflict, invalid } from '../errors.js';
import { assertCanWriteReport, currentYear, reportProducer } from './report-access.js';
import type { ReportView, SaveReportInput } from './report-input.js';
import { presentReport } from './report-output.js';

// One call saves a producer's report for a year: creates it, edits the draft, files it, or
// corrects it after filing. A filed report never goes back to draft; every change is audited
// with the figures before and after (corrections after filing under their own action).

function columns(input: SaveReportInput) {
  return {
    employees_total: input.employeesTotal, employees_women: input.employeesWomen, employees_ethnic_minority: input.employeesEthnicMinority,
    new_jobs: input.newJobs, new_jobs_women: input.newJobsWomen, new_jobs_ethnic_minority: input.newJobsEthnicMinority,
    average_monthly_income_vnd: input.averageMonthlyIncomeVnd,
    sales_channels: JSON.stringify(input.salesChannels), ecommerce_listings: JSON.stringify(input.ecommerceListings),
  };
}

function auditAction(before: ReportRow | undefined, after: ReportRow): string {
  if (before === undefined) return after.status === 'filed' ? 'report.file' : 'report.create';
  if (before.status === 'filed') return 'report.correct';
  return after.status === 'filed' ? 'report.file' : 'report.update';
}

async function write(trx: Tx, actor: Actor, producerId: number, before: ReportRow | undefined, input: SaveReportInput, at: string): Promise<ReportRow> {
  const status = before?.status === 'filed' ? 'filed' : input.status;
  const filing = status === 'filed' && before?.status !== 'filed';
  const filed = filing ? { filed_at: at, filed_by: actor.userId === 0 ? null : actor.userId } : {};
  if (before !== undefined) return updateReport(trx, before.id, { status, ...columns(input), ...filed, updated_at: at });
  return insertReport(trx, { producer_id: producerId, year: input.year, status, ...columns(input), filed_at: null, filed_by: null, ...filed, created_at: at, updated_at: at });
}

export async function saveReport(ctx: ServiceContext, opts: { actor: Actor; input: SaveReportInput }): Promise<ReportView> {
  const { actor, input } = opts;
  const producer = await reportProducer(ctx.db, actor, input.producerId);
  assertCanWriteReport(actor, producer);
  const ownProductIds = new Set(await productIdsOfProducer(ctx.db, producer.id));
  const issues = reportIssues(input, { currentYear: currentYear(ctx), ownProductIds });
  if (issues.length > 0) throw invalid('The report has values that cannot be accepted', issues.map((i) => ({ path: `body.${i.path}`, message: i.message })));
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findReportFor(trx, producer.id, input.year);
    const beforeView = before === undefined ? null : presentReport(before, await reportLines(trx, before.id));
    const after = await write(trx, actor, producer.id, before, input, at);
    await replaceReportLines(trx, after.id, input.lines.map((l) => ({ report_id: after.id, product_id: l.productId, revenue_vnd: l.revenueVnd, output_quantity: l.outputQuantity, output_unit: l.outputUnit })));
    const view = presentReport(after, await reportLines(trx, after.id));
    await recordAudit(trx, { actor, action: auditAction(before, after), entity: 'producer_report', entityId: after.id, before: beforeView, after: view, at });
    return view;
  }).catch((err: unknown) => {
    // Two first saves of the same year at once: the second loses the unique (producer, year) race.
    if (isUniqueViolation(err)) throw conflict('The report was saved at the same time elsewhere; reload and try again');
    throw err;
  });
}
