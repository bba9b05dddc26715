import { currentCertificateOf } from '../../db/repositories/certificates.js';
import { findDossier, insertDossier, latestDecidedDossier } from '../../db/repositories/dossiers.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/repositories/db-errors.js';
import type { DossierKind } from '../../domain/evaluation/types.js';
import type { ProductRow } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { dossierWorkflowOn } from '../../rules/evaluation/index.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { loadVisibleProduct } from '../products/product-access.js';
import { resolveVersion } from '../scoring/resolve-sheet.js';
import { assertApplicant } from './dossier-access.js';
import { dossierDetail } from './dossier-detail.js';
import type { CreateDossierInput } from './dossier-input.js';
import type { DossierDetailView } from './dossier-output.js';
import { sheetOf } from './dossier-sheet.js';

// Opening a dossier (Mẫu 01): the producer (or province staff for it) picks the product and the
// kind. A first evaluation is for a product without a live certificate; a re-evaluation is for a
// certified or expired one; an upgrade asks a higher star for a product certified below 5★.
// The sheet is the product set's under the chosen legal version; the workflow is the one in
// force today. One open dossier per product (a partial unique index holds it on both engines).

const KIND_FITS: Readonly<Record<DossierKind, readonly string[]>> = {
  first_evaluation: ['idea', 'plan', 'developing', 'revoked'],
  re_evaluation: ['certified', 'expired'],
  upgrade: ['certified'],
};

function assertKindFits(kind: DossierKind, product: ProductRow): void {
  if (!KIND_FITS[kind].includes(product.status)) {
    throw conflict(`A ${kind} dossier cannot be opened for a product with status ${product.status} (needs ${KIND_FITS[kind].join(' or ')})`, [{ path: 'body.kind', message: `not for a ${product.status} product` }]);
  }
  if (kind === 'upgrade' && (product.star ?? 5) >= 5) throw conflict('A 5★ product cannot be upgraded', [{ path: 'body.kind', message: 'already 5★' }]);
}

async function previousOf(ctx: ServiceContext, product: ProductRow, kind: DossierKind) {
  if (kind === 'first_evaluation') return { dossierId: null, certificateId: null };
  const [dossier, certificate] = await Promise.all([latestDecidedDossier(ctx.db, product.id), currentCertificateOf(ctx.db, product.id)]);
  if (certificate === undefined) throw conflict('The product has no certificate to re-evaluate or upgrade', [{ path: 'body.kind', message: 'no certificate on record' }]);
  return { dossierId: dossier?.id ?? null, certificateId: certificate.id };
}

type NewDossier = { actor: Actor; input: CreateDossierInput; product: ProductRow; producerType: string | null; scoreVersion: string; workflowVersion: string; previous: { dossierId: number | null; certificateId: number | null } };

async function insertNew(trx: Tx, d: NewDossier, at: string): Promise<number> {
  const { actor, input, product } = d;
  const id = await insertDossier(trx, {
    product_id: product.id, producer_id: product.producer_id, round_id: input.roundId ?? null, kind: input.kind, state: 'draft',
    workflow_version: d.workflowVersion, score_version: d.scoreVersion, set_number: product.set_number, producer_type: d.producerType,
    previous_dossier_id: d.previous.dossierId, previous_certificate_id: d.previous.certificateId,
    created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw conflict('The product already has an open dossier', [{ path: 'body.productId', message: 'an open dossier exists' }]);
    if (isForeignKeyViolation(err)) throw invalid('Unknown round', [{ path: 'body.roundId', message: 'no such round' }]);
    throw err;
  });
  await recordAudit(trx, { actor, action: 'dossier.create', entity: 'dossier', entityId: id, after: { productId: product.id, kind: input.kind, scoreVersion: d.scoreVersion }, at });
  return id;
}

export async function createDossier(ctx: ServiceContext, opts: { actor: Actor; input: CreateDossierInput }): Promise<DossierDetailView> {
  const { actor, input } = opts;
  assertApplicant(actor);
  const { product, producer } = await loadVisibleProduct(ctx.db, actor, input.productId).catch(() => {
    throw invalid('Unknown product', [{ path: 'body.productId', message: 'no such product in your scope' }]);
  });
  assertKindFits(input.kind, product);
  const version = resolveVersion(ctx, input.legalVersion);
  sheetOf({ score_version: version.id, set_number: product.set_number });
  const previous = await previousOf(ctx, product, input.kind);
  const workflowVersion = dossierWorkflowOn(vietnamDay(ctx.now())).id;
  const at = nowIso(ctx);
  const d: NewDossier = { actor, input, product, producerType: producer.type, scoreVersion: version.id, workflowVersion, previous };
  const id = await ctx.db.transaction().execute((trx) => insertNew(trx, d, at));
  const row = await findDossier(ctx.db, id);
  if (row === undefined) throw notFound('Dossier');
  return dossierDetail(ctx, actor, { row, seat: undefined });
}
