import type { Kysely } from 'kysely';
import { currentCertificateOf } from '../../db/repositories/certificates.js';
import { findProduct, updateProductRow } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import type { DossierAction, DossierState } from '../../domain/evaluation/types.js';
import { type ProductStatus, RATED_STATUSES } from '../../domain/product-status.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';

// The registry's product status follows its dossier: submitted when filed, evaluating once the
// commune passes it on, certified by a recognition decision; a dossier that ends without a
// certificate (returned, withdrawn, rejected, 1★–2★) puts back the status it found. A product
// that still holds a live certificate (an upgrade, an early re-evaluation) keeps "certified"
// throughout: its certificate is what the public relies on until a new one replaces it.

const IN_PROGRESS: readonly ProductStatus[] = ['submitted', 'evaluating'];

/** The status a step moves the product to, or undefined to leave it. */
export function productStatusAfter(current: ProductStatus, action: DossierAction, to: DossierState, before: ProductStatus | null): ProductStatus | undefined {
  if (current === 'certified') return undefined;
  if (action === 'submit') return 'submitted';
  if (action === 'pass_commune_review') return 'evaluating';
  if ((to === 'draft' || to === 'withdrawn' || to === 'rejected') && IN_PROGRESS.includes(current)) return before ?? 'developing';
  return undefined;
}

export type ProductMove = { productId: number; status: ProductStatus; star?: number | null; actor: Actor; at: string; why: string };

/** The star a status carries: none while unrated; else the one given, the product's, or its last certificate's. */
async function starFor(db: Kysely<DB>, move: ProductMove, current: number | null): Promise<number | null> {
  if (!RATED_STATUSES.includes(move.status)) return null;
  if (move.star !== undefined && move.star !== null) return move.star;
  return current ?? (await currentCertificateOf(db, move.productId))?.star ?? null;
}

/** Moves the product (when its status or star differs) and audits the change with its cause. */
export async function moveProduct(db: Kysely<DB>, move: ProductMove): Promise<ProductStatus | undefined> {
  const product = await findProduct(db, move.productId);
  if (product === undefined) return undefined;
  const star = await starFor(db, move, product.star);
  if (product.status === move.status && product.star === star) return product.status;
  await updateProductRow(db, product.id, { status: move.status, star, updated_at: move.at });
  await recordAudit(db, {
    actor: move.actor, action: 'product.status', entity: 'product', entityId: product.id,
    before: { status: product.status, star: product.star }, after: { status: move.status, star, cause: move.why }, at: move.at,
  });
  return product.status;
}
