import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadDossier } from './dossier-access.js';
import { dossierDetail } from './dossier-detail.js';
import type { DossierDetailView } from './dossier-output.js';

export async function getDossier(ctx: ServiceContext, opts: { actor: Actor; dossierId: number }): Promise<DossierDetailView> {
  return dossierDetail(ctx, opts.actor, await loadDossier(ctx.db, opts.actor, opts.dossierId));
}
