import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadCertificate, presentRows } from './certificate-access.js';
import type { CertificateView } from './certificate-output.js';

export async function getCertificate(ctx: ServiceContext, opts: { actor: Actor; certificateId: number }): Promise<CertificateView> {
  const row = await loadCertificate(ctx.db, opts.actor, opts.certificateId);
  const [view] = await presentRows(ctx, [row]);
  if (view === undefined) throw new Error('certificate view missing');
  return view;
}
