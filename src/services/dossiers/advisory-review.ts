import { evidenceOfDossier } from '../../db/repositories/dossier-evidence.js';
import { findCouncil, seatsOf } from '../../db/repositories/councils.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { ServiceError, invalid } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from './dossier-access.js';
import type { DossierDetailView } from './dossier-output.js';
import { checkStep, takeStep } from './dossier-step.js';

// The provincial advisory group's review: it may ask the producer for more evidence (the clock
// then runs on the producer until the evidence comes back), and sends a complete dossier to a
// council for scoring.

type Base = { actor: Actor; dossierId: number; reason?: string | undefined; mailer: Mailer };

export async function requestEvidence(ctx: ServiceContext, opts: Base & { types: string[] }): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  const at = ctx.now().toISOString();
  return takeStep(ctx, {
    actor: opts.actor, loaded, action: 'request_evidence', reason: opts.reason, mailer: opts.mailer,
    effects: { patch: { requested_evidence: JSON.stringify(opts.types), evidence_requested_at: at } },
  });
}

/** The producer answers a request: at least one document uploaded since the request. */
export async function provideEvidence(ctx: ServiceContext, opts: Base): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  checkStep({ actor: opts.actor, loaded, action: 'provide_evidence' });
  const since = loaded.row.evidence_requested_at ?? '';
  const fresh = (await evidenceOfDossier(ctx.db, loaded.row.id)).filter((e) => e.reused_from_id === null && e.uploaded_at >= since);
  if (fresh.length === 0) throw new ServiceError(409, 'no-new-evidence', 'Chưa tải lên minh chứng bổ sung nào — Upload the requested evidence first', [{ path: 'evidence', message: 'nothing uploaded since the request' }]);
  return takeStep(ctx, { actor: opts.actor, loaded, action: 'provide_evidence', reason: opts.reason, mailer: opts.mailer });
}

export async function sendToCouncil(ctx: ServiceContext, opts: Base & { councilId: number }): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  checkStep({ actor: opts.actor, loaded, action: 'send_to_council' });
  const council = await findCouncil(ctx.db, opts.councilId);
  if (council === undefined) throw invalid('Unknown council', [{ path: 'body.councilId', message: 'no such council' }]);
  const seats = await seatsOf(ctx.db, [council.id]);
  if (!seats.some((s) => s.role === 'chair')) throw invalid('The council has no chair', [{ path: 'body.councilId', message: 'seat a chair first' }]);
  return takeStep(ctx, { actor: opts.actor, loaded, action: 'send_to_council', reason: opts.reason, mailer: opts.mailer, effects: { patch: { council_id: council.id } } });
}
