import type { Kysely } from 'kysely';
import { type ProducerRow, findProducer } from '../../db/repositories/producers.js';
import { type ReportRow, findReport } from '../../db/repositories/producer-reports.js';
import type { DB } from '../../db/schema.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { type ProducerScope, scopeAllows } from '../../domain/scope.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { forbidden, invalid, notFound } from '../errors.js';

// Who may do what with yearly reports:
// - a producer member reads and writes its own producer's reports (drafts, filing, corrections);
// - province staff read all and may correct any (audited), and keep funding and targets;
// - a commune officer reads the reports of producers in its commune (old units included) and
//   reminds them; it does not write figures for them;
// - council members have no part in reports (403).

export async function reportScope(db: Kysely<DB>, actor: Actor): Promise<ProducerScope> {
  if (actor.role === 'council_member') throw forbidden('Council members have no access to producers\' yearly reports');
  return producerScope(db, actor);
}

export function currentYear(ctx: Pick<ServiceContext, 'now'>): number {
  return Number(vietnamDay(ctx.now()).slice(0, 4));
}

/** The producer a report is about: the caller's own, or the one named (in scope). */
export async function reportProducer(db: Kysely<DB>, actor: Actor, producerId: number | undefined): Promise<ProducerRow> {
  const id = producerId ?? actor.producerId ?? undefined;
  if (id === undefined) throw invalid('Name the producer', [{ path: 'producerId', message: 'required' }]);
  const producer = await findProducer(db, id);
  if (producer === undefined || !scopeAllows(await reportScope(db, actor), producer)) throw notFound('Producer');
  return producer;
}

/** Writers: the producer's own members and province staff. */
export function assertCanWriteReport(actor: Actor, producer: { id: number }): void {
  if (hasRole(actor, PROVINCE_STAFF)) return;
  if (actor.role === 'producer_member' && actor.producerId === producer.id) return;
  throw forbidden('Only the producer itself or province OCOP staff can write its yearly report');
}

/** Offices that follow up on reports: province staff and commune officers. */
export function assertReportOffice(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP offices can do this');
}

/** The report and its producer if the caller may see them; absent and out of scope both answer 404. */
export async function loadReport(db: Kysely<DB>, actor: Actor, id: number): Promise<{ report: ReportRow; producer: ProducerRow }> {
  const report = await findReport(db, id);
  const producer = report === undefined ? undefined : await findProducer(db, report.producer_id);
  if (report === undefined || producer === undefined || !scopeAllows(await reportScope(db, actor), producer)) throw notFound('Report');
  return { report, producer };
}
