import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from './dossier-access.js';
import type { DossierDetailView } from './dossier-output.js';
import { takeStep } from './dossier-step.js';

// The steps that carry nothing but a reason or a note: the commune accepts a filed dossier for
// review, the producer withdraws it, the province (or the council chair) rejects it.

export type SimpleStep = 'accept_for_review' | 'withdraw' | 'reject';

export async function changeDossierState(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; action: SimpleStep; reason?: string | undefined; mailer: Mailer }): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  return takeStep(ctx, { actor: opts.actor, loaded, action: opts.action, reason: opts.reason, mailer: opts.mailer });
}
