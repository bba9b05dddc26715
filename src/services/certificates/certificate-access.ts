import type { Kysely } from 'kysely';
import { type CertificateRow, findCertificate } from '../../db/repositories/certificates.js';
import { pendingReevaluations } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import { addDays } from '../../domain/evaluation/dates.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type CertificateView, presentCertificate } from './certificate-output.js';
import { statusOf } from './certificate-status.js';

// Certificates are read like the register: a producer sees its own, a commune officer those of
// its commune, province staff and council members all of them (the public page shows any one
// by number). Dates are Vietnamese calendar days.

export function today(ctx: Pick<ServiceContext, 'now'>): string {
  return vietnamDay(ctx.now());
}

export function expiringUntil(day: string): string {
  return addDays(day, certificationRules().expiringWithinDays);
}

export async function loadCertificate(db: Kysely<DB>, actor: Actor, certificateId: number): Promise<CertificateRow> {
  const row = await findCertificate(db, certificateId);
  if (row === undefined) throw notFound('Certificate');
  const producer = await db.selectFrom('producer').select(['id', 'unit_id']).where('id', '=', row.producer_id).executeTakeFirst();
  if (producer === undefined || !scopeAllows(await producerScope(db, actor), producer)) throw notFound('Certificate');
  return row;
}

/** Rows with their status today (the transitional extension needs the pending re-evaluations). */
export async function presentRows(ctx: Pick<ServiceContext, 'db' | 'now' | 'publicUrl'>, rows: CertificateRow[]): Promise<CertificateView[]> {
  const day = today(ctx);
  const pending = await pendingReevaluations(ctx.db, rows.filter((r) => r.expires_on < day).map((r) => r.id));
  return rows.map((r) => presentCertificate(r, statusOf(r, day, pending.get(r.id)), ctx.publicUrl));
}
