import { imagesOf, insertImage, nextImagePosition } from '../../db/repositories/product-parts.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict } from '../errors.js';
import { removeStoredImage, storeImage } from '../files/image-store.js';
import { loadEditableProduct } from './product-access.js';
import { presentImage } from './product-output.js';

export const MAX_IMAGES_PER_PRODUCT = 20;

/** Adds a photo to a product the actor may edit. The file's name plays no part. */
export async function addProductImage(ctx: ServiceContext, opts: { actor: Actor; productId: number; bytes: Buffer }) {
  const { product } = await loadEditableProduct(ctx.db, opts.actor, opts.productId);
  if ((await imagesOf(ctx.db, [product.id])).length >= MAX_IMAGES_PER_PRODUCT) throw conflict(`A product has at most ${MAX_IMAGES_PER_PRODUCT} images`);
  const position = await nextImagePosition(ctx.db, product.id);
  const stored = await storeImage(ctx, opts.bytes);
  const at = nowIso(ctx);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertImage(trx, { product_id: product.id, file_key: stored.key, mime: stored.type.mime, width: stored.width, height: stored.height, bytes: stored.bytes, position, created_at: at });
      const view = presentImage(row);
      await recordAudit(trx, { actor: opts.actor, action: 'product.image.add', entity: 'product', entityId: product.id, after: view, at });
      return view;
    });
  } catch (err) {
    await removeStoredImage(ctx, stored.key);
    throw err;
  }
}
