import { findEvidence, insertEvidence } from '../../db/repositories/dossier-evidence.js';
import { updateDossierInState } from '../../db/repositories/dossiers.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { assertApplicant, assertPreparable, dossierChanged, loadDossier, workflowOf } from './dossier-access.js';
import { type EvidenceView, presentEvidence } from './dossier-output.js';
import { removeEvidenceFile, storeEvidence } from './evidence-store.js';

// A typed evidence upload (business registration, food-safety certificate, test results, label
// photos…), while the dossier is with the producer: as a draft, or when the advisory group asked
// for more. The file is checked and stored first; if recording it fails, the file is removed.

export type AddEvidenceOptions = { actor: Actor; dossierId: number; type: string; validUntil?: string | undefined; bytes: Buffer };

export async function addEvidence(ctx: ServiceContext, opts: AddEvidenceOptions): Promise<EvidenceView> {
  const { actor } = opts;
  const { row } = await loadDossier(ctx.db, actor, opts.dossierId);
  assertApplicant(actor);
  assertPreparable(row, ['draft', 'evidence_requested']);
  if (!workflowOf(row).evidenceTypes.some((t) => t.code === opts.type)) throw invalid('Unknown evidence type', [{ path: 'querystring.type', message: `not an evidence type of ${row.workflow_version}` }]);
  const stored = await storeEvidence(ctx, opts.bytes);
  const at = nowIso(ctx);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateDossierInState(trx, row.id, row.state, { updated_at: at }))) throw dossierChanged();
      const [id] = await insertEvidence(trx, [{
        dossier_id: row.id, type: opts.type, file_key: stored.key, mime: stored.type.mime, bytes: stored.bytes, valid_until: opts.validUntil ?? null,
        reused_from_id: null, uploaded_by: actor.userId === 0 ? null : actor.userId, uploaded_at: at,
      }]);
      if (id === undefined) throw new Error('evidence row not stored');
      await recordAudit(trx, { actor, action: 'dossier.evidence_add', entity: 'dossier', entityId: row.id, after: { evidenceId: id, type: opts.type, mime: stored.type.mime, bytes: stored.bytes }, at });
      return id;
    });
    const saved = await findEvidence(ctx.db, row.id, id);
    if (saved === undefined) throw notFound('Evidence');
    return presentEvidence(saved, row);
  } catch (err) {
    await removeEvidenceFile(ctx, stored.key, stored.type.mime);
    throw err;
  }
}
