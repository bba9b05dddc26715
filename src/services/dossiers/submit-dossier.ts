import type { Kysely } from 'kysely';
import { findCertificate } from '../../db/repositories/certificates.js';
import { evidenceOfDossier, insertEvidence } from '../../db/repositories/dossier-evidence.js';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import { findProduct } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import { filingTiming, reevaluationWindow, rulesForFiling } from '../../domain/evaluation/certificate-validity.js';
import type { EvidenceNeeds } from '../../domain/evaluation/evidence.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { Actor } from '../../domain/roles.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { ServiceContext, Tx } from '../context.js';
import { ServiceError } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from './dossier-access.js';
import { evidenceNeedsOf } from './dossier-detail.js';
import type { DossierDetailView } from './dossier-output.js';
import { checkStep, takeStep } from './dossier-step.js';

// Filing the dossier at the commune. It must be complete: a saved self-assessment and every
// required evidence type (uploaded, or carried over from the previous dossier for a
// re-evaluation or upgrade). The first filing fixes the filing date and so the certification
// rules that apply; documents carried over are recorded on this dossier, pointing at the originals.

function incomplete(row: DossierRow, needs: EvidenceNeeds): ServiceError | undefined {
  const issues = needs.stillNeeded.map((g) => ({ path: `evidence.${g.type}`, message: `${g.reason}: ${g.label.en} — ${g.label.vi}` }));
  if (row.self_answers === null) issues.unshift({ path: 'selfAssessment', message: 'save the self-assessment first' });
  if (issues.length === 0) return undefined;
  return new ServiceError(409, 'dossier-incomplete', 'Hồ sơ chưa đầy đủ — The dossier is not complete', issues);
}

/** A re-evaluation may not be filed before its window opens (26/2026 Điều 7.6a). */
async function assertNotEarly(db: Kysely<DB>, row: DossierRow, filedOn: string): Promise<void> {
  if (row.kind !== 're_evaluation' || row.previous_certificate_id === null) return;
  const cert = await findCertificate(db, row.previous_certificate_id);
  if (cert === undefined) return;
  const window = reevaluationWindow(certificationRules(), cert.expires_on);
  if (window.kind === 'window' && filingTiming(window, filedOn) === 'early') {
    throw new ServiceError(409, 'filing-window', `Chưa đến thời hạn nộp hồ sơ đánh giá lại (từ ${window.opensOn} đến ${window.closesOn}) — The re-evaluation can be filed from ${window.opensOn} to ${window.closesOn}`);
  }
}

async function carryOver(trx: Tx, row: DossierRow, needs: EvidenceNeeds): Promise<void> {
  if (needs.reused.length === 0 || row.previous_dossier_id === null) return;
  const previous = await evidenceOfDossier(trx, row.previous_dossier_id);
  const rows = needs.reused.flatMap((r) => previous.filter((p) => String(p.id) === r.itemId)).map((p) => ({
    dossier_id: row.id, type: p.type, file_key: p.file_key, mime: p.mime, bytes: p.bytes, valid_until: p.valid_until,
    reused_from_id: p.id, uploaded_by: p.uploaded_by, uploaded_at: p.uploaded_at,
  }));
  await insertEvidence(trx, rows);
}

export async function submitDossier(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; reason?: string | undefined; mailer: Mailer }): Promise<DossierDetailView> {
  const loaded = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  checkStep({ actor: opts.actor, loaded, action: 'submit' });
  const { row } = loaded;
  const filedOn = row.filed_on ?? vietnamDay(ctx.now());
  const needs = await evidenceNeedsOf(ctx.db, row, filedOn);
  const problem = incomplete(row, needs);
  if (problem !== undefined) throw problem;
  await assertNotEarly(ctx.db, row, filedOn);
  const product = await findProduct(ctx.db, row.product_id);
  const before = row.product_status_before ?? (product !== undefined && product.status !== 'certified' ? product.status : null);
  const patch = { filed_on: filedOn, rules_version: rulesForFiling(certificationRules(), filedOn).id, product_status_before: before };
  return takeStep(ctx, {
    actor: opts.actor, loaded, action: 'submit', reason: opts.reason, mailer: opts.mailer,
    effects: { patch: { ...patch, submitted_at: ctx.now().toISOString() }, apply: (trx) => carryOver(trx, row, needs) },
  });
}
