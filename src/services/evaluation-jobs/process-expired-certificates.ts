import type { Kysely } from 'kysely';
import { liveCertificatesExpiringBetween } from '../../db/repositories/certificates.js';
import { pendingReevaluations } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import { addDays } from '../../domain/evaluation/dates.js';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { statusOf } from '../certificates/certificate-status.js';
import { moveProduct } from '../dossiers/dossier-product.js';

// Expiry: a certified product whose certificate ran out yesterday or earlier becomes "expired"
// (its star kept for the record) — unless the 26/2026 transitional rule extends the certificate
// while a late re-evaluation is decided. Only products still "certified" move, so a second run
// changes nothing.

export async function processExpiredCertificates(db: Kysely<DB>, opts: { today: string; at: string }): Promise<number> {
  const expired = (await liveCertificatesExpiringBetween(db, opts.today, '0001-01-01', addDays(opts.today, -1))).filter((c) => c.product_status === 'certified');
  const pending = await pendingReevaluations(db, expired.map((c) => c.id));
  let moved = 0;
  for (const c of expired) {
    if (statusOf(c, opts.today, pending.get(c.id)).code !== 'expired') continue;
    await moveProduct(db, { productId: c.product_id, status: 'expired', actor: SYSTEM_ACTOR, at: opts.at, why: `certificate ${c.number} expired on ${c.expires_on}` });
    moved += 1;
  }
  return moved;
}
