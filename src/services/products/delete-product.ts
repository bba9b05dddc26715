import { isForeignKeyViolation } from '../../db/repositories/db-errors.js';
import { imagesOf } from '../../db/repositories/product-parts.js';
import { deleteProductRow } from '../../db/repositories/products.js';
import { REGISTRY_STATUSES } from '../../domain/product-status.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict } from '../errors.js';
import { removeStoredImage } from '../files/image-store.js';
import { loadEditableProduct, loadParts } from './product-access.js';
import { presentProduct } from './product-output.js';

/**
 * Removes a product with its certificates, sales points and images. Once a product has entered
 * the cycle (submitted or beyond) only province staff may remove it.
 */
export async function deleteProduct(ctx: ServiceContext, opts: { actor: Actor; productId: number }): Promise<void> {
  const { actor } = opts;
  const { product } = await loadEditableProduct(ctx.db, actor, opts.productId);
  if (!REGISTRY_STATUSES.includes(product.status) && !hasRole(actor, PROVINCE_STAFF)) {
    throw conflict(`A product in status '${product.status}' can only be removed by province staff`);
  }
  const before = presentProduct(product, await loadParts(ctx.db, [product.id]));
  const images = await imagesOf(ctx.db, [product.id]);
  const at = nowIso(ctx);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await deleteProductRow(trx, product.id);
      await recordAudit(trx, { actor, action: 'product.delete', entity: 'product', entityId: product.id, before, at });
    });
  } catch (err) {
    // Dossiers, certificates, stamp batches and lots keep pointing at an evaluated product.
    if (isForeignKeyViolation(err)) throw conflict('Other records (dossiers, certificates, stamps, lots, ideas) still refer to this product');
    throw err;
  }
  // Files go only after the rows are gone: a failed delete never leaves rows without files.
  for (const image of images) await removeStoredImage(ctx, image.file_key);
}
