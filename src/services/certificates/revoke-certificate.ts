import { z } from 'zod';
import { findCertificate, updateCertificateRow } from '../../db/repositories/certificates.js';
import { findProduct } from '../../db/repositories/products.js';
import { REVOCATION_REASONS } from '../../domain/evaluation/types.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { isProvinceStaff } from '../dossiers/dossier-access.js';
import { notifyEvaluation } from '../dossiers/dossier-notices.js';
import { moveProduct } from '../dossiers/dossier-product.js';
import { loadCertificate, presentRows, today } from './certificate-access.js';
import type { CertificateView } from './certificate-output.js';

// Revoking a certificate (26/2026 Điều 8) on one of the recorded grounds, with a note for the
// file. It takes effect on its date (today unless an earlier decision date is given), so the
// public page and every list show it revoked the same day; the product follows.

export const RevokeInput = z.object({
  reason: z.enum(REVOCATION_REASONS).describe('failed_post_audit, not_reevaluated, misuse or other (26/2026 Điều 8)'),
  note: z.string().trim().min(3).max(2000).describe('the decision or finding it rests on, kept on file (not shown on the public page)'),
  revokedOn: z.iso.date().optional().describe('date of the revocation decision; default today, never in the future'),
}).strict();
export type RevokeInput = z.infer<typeof RevokeInput>;

export async function revokeCertificate(ctx: ServiceContext, opts: { actor: Actor; certificateId: number; input: RevokeInput; mailer: Mailer }): Promise<CertificateView> {
  const { actor, input } = opts;
  const cert = await loadCertificate(ctx.db, actor, opts.certificateId);
  if (!isProvinceStaff(actor)) throw forbidden('Only province OCOP staff revoke certificates — Chỉ cán bộ OCOP tỉnh mới được thu hồi giấy chứng nhận');
  if (cert.revoked_on !== null) throw conflict(`Certificate ${cert.number} was already revoked on ${cert.revoked_on}`);
  if (cert.superseded_by !== null) throw conflict(`Certificate ${cert.number} has been replaced by a newer certificate`);
  const day = input.revokedOn ?? today(ctx);
  if (day > today(ctx) || day < cert.issued_on) throw invalid('Invalid revocation date', [{ path: 'body.revokedOn', message: `between ${cert.issued_on} and today` }]);
  const at = nowIso(ctx);
  const mails = await ctx.db.transaction().execute(async (trx) => {
    await updateCertificateRow(trx, cert.id, { revoked_on: day, revocation_reason: input.reason, revocation_note: input.note, revoked_by: actor.userId === 0 ? null : actor.userId, updated_at: at });
    const product = await findProduct(trx, cert.product_id);
    if (product !== undefined && (product.status === 'certified' || product.status === 'expired')) {
      await moveProduct(trx, { productId: product.id, status: 'revoked', actor, at, why: `certificate ${cert.number} revoked` });
    }
    await recordAudit(trx, { actor, action: 'certificate.revoke', entity: 'certificate', entityId: cert.id, before: { revokedOn: null }, after: { revokedOn: day, reason: input.reason, note: input.note }, at });
    const producer = await trx.selectFrom('producer').select(['id', 'unit_id']).where('id', '=', cert.producer_id).executeTakeFirstOrThrow();
    return notifyEvaluation(trx, { kind: 'certificate.revoked', audiences: ['producer', 'commune'], producer, subject: `${cert.number} — ${cert.product_name}`, link: `/portal/certificates/${cert.id}`, actor, at });
  });
  await deliverMail(opts.mailer, mails);
  const after = await findCertificate(ctx.db, cert.id);
  if (after === undefined) throw notFound('Certificate');
  const [view] = await presentRows(ctx, [after]);
  if (view === undefined) throw notFound('Certificate');
  return view;
}
