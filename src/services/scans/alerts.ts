import type { Kysely, Updateable } from 'kysely';
import type { AlertTable } from '../../db/schema-stamps.js';
import { countAlertRows, findAlert, listAlertRows, updateAlertRow, type AlertRow } from '../../db/repositories/alerts.js';
import { findProducer } from '../../db/repositories/producers.js';
import type { DB } from '../../db/schema.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { type AlertListQuery, type AlertView, presentAlert } from './alert-output.js';

// Counterfeit alerts as officials and producers see them: a producer member its own producer's,
// a commune officer those of its commune's producers, province staff all (including office
// alerts without a producer). Acknowledging and closing take a note and are audited.

async function alertScope(db: Kysely<DB>, actor: Actor) {
  if (actor.role === 'council_member') throw forbidden('Council members do not handle stamp alerts');
  return producerScope(db, actor);
}

export async function listAlerts(ctx: ServiceContext, opts: { actor: Actor; query: AlertListQuery; page: PageRequest }): Promise<Page<AlertView>> {
  const filter = { scope: await alertScope(ctx.db, opts.actor), ...opts.query };
  const [rows, total] = await Promise.all([listAlertRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)), countAlertRows(ctx.db, filter)]);
  return { items: rows.map(presentAlert), total, page: opts.page.page, pageSize: opts.page.pageSize };
}

async function loadVisibleAlert(db: Kysely<DB>, actor: Actor, id: number): Promise<AlertRow> {
  const scope = await alertScope(db, actor);
  const alert = await findAlert(db, id);
  if (alert === undefined) throw notFound('Alert');
  if (alert.producer_id === null) {
    if (!hasRole(actor, PROVINCE_STAFF)) throw notFound('Alert');
    return alert;
  }
  const producer = await findProducer(db, alert.producer_id);
  if (producer === undefined || !scopeAllows(scope, producer)) throw notFound('Alert');
  return alert;
}

export async function getAlert(ctx: ServiceContext, opts: { actor: Actor; alertId: number }): Promise<AlertView> {
  return presentAlert(await loadVisibleAlert(ctx.db, opts.actor, opts.alertId));
}

/** Acknowledges (someone is looking into it) or closes (dealt with, with a note) an alert. */
export async function settleAlert(ctx: ServiceContext, opts: { actor: Actor; alertId: number; action: 'acknowledge' | 'close'; note: string | undefined }): Promise<AlertView> {
  const { actor } = opts;
  const alert = await loadVisibleAlert(ctx.db, actor, opts.alertId);
  if (alert.status === 'closed') throw conflict('The alert is already closed');
  if (opts.action === 'acknowledge' && alert.status !== 'open') throw conflict('The alert is already acknowledged');
  const at = nowIso(ctx);
  const by = actor.userId === 0 ? null : actor.userId;
  const note = opts.note ?? alert.note;
  const patch: Updateable<AlertTable> = opts.action === 'close' ? { status: 'closed', closed_at: at, closed_by: by, note } : { status: 'acknowledged', acknowledged_at: at, acknowledged_by: by, note };
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateAlertRow(trx, alert.id, patch);
    const view = presentAlert(row);
    await recordAudit(trx, { actor, action: `alert.${opts.action}`, entity: 'alert', entityId: alert.id, before: presentAlert(alert), after: view, at });
    return view;
  });
}
