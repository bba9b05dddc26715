import { deleteEvidenceRow, fileKeyInUse, findEvidence } from '../../db/repositories/dossier-evidence.js';
import { updateDossierInState } from '../../db/repositories/dossiers.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertApplicant, assertPreparable, dossierChanged, loadDossier } from './dossier-access.js';
import { evidencePath, removeEvidenceFile } from './evidence-store.js';

// Reading and removing evidence. Whoever may see the dossier may read its evidence (the council
// needs it to score); outside that scope the file is as absent as the dossier. A file shared by
// reused evidence rows is removed from disk only when no row refers to it any more.

export type EvidenceFile = { path: string; mime: string; bytes: number; downloadName: string; etag: string };

export async function getEvidenceFile(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; evidenceId: number }): Promise<EvidenceFile> {
  const { row } = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  const e = await findEvidence(ctx.db, row.id, opts.evidenceId);
  if (e === undefined) throw notFound('Evidence');
  const ext = evidencePath(ctx, e.file_key, e.mime).split('.').pop() ?? 'bin';
  return { path: evidencePath(ctx, e.file_key, e.mime), mime: e.mime, bytes: e.bytes, downloadName: `dossier-${row.id}-${e.type}-${e.id}.${ext}`, etag: `"${e.file_key}"` };
}

export async function deleteEvidence(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; evidenceId: number }): Promise<void> {
  const { actor } = opts;
  const { row } = await loadDossier(ctx.db, actor, opts.dossierId);
  assertApplicant(actor);
  assertPreparable(row, ['draft', 'evidence_requested']);
  const e = await findEvidence(ctx.db, row.id, opts.evidenceId);
  if (e === undefined) throw notFound('Evidence');
  const at = nowIso(ctx);
  const orphan = await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateDossierInState(trx, row.id, row.state, { updated_at: at }))) throw dossierChanged();
    await deleteEvidenceRow(trx, e.id);
    await recordAudit(trx, { actor, action: 'dossier.evidence_remove', entity: 'dossier', entityId: row.id, before: { evidenceId: e.id, type: e.type }, at });
    return !(await fileKeyInUse(trx, e.file_key));
  });
  if (orphan) await removeEvidenceFile(ctx, e.file_key, e.mime);
}
