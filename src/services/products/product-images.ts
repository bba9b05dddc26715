import { deleteImageRow, findImage } from '../../db/repositories/product-parts.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { type ImageVariant, removeStoredImage, storedImagePath } from '../files/image-store.js';
import { loadEditableProduct, loadVisibleProduct } from './product-access.js';
import { presentImage } from './product-output.js';

export type ImageFile = { path: string; mime: string; etag: string };

/** Where a product photo (or one of its thumbnails) is stored, for a caller who may see it. */
export async function getProductImageFile(ctx: ServiceContext, opts: { actor: Actor; productId: number; imageId: number; variant: ImageVariant }): Promise<ImageFile> {
  const { product } = await loadVisibleProduct(ctx.db, opts.actor, opts.productId);
  const image = await findImage(ctx.db, product.id, opts.imageId);
  if (image === undefined) throw notFound('Image');
  const ext = image.mime.split('/')[1] === 'jpeg' ? 'jpg' : (image.mime.split('/')[1] ?? 'bin');
  const original = opts.variant === 'original';
  return {
    path: storedImagePath(ctx, image.file_key, opts.variant, ext),
    mime: original ? image.mime : 'image/webp',
    etag: `"${image.file_key}-${String(opts.variant)}"`,
  };
}

export async function deleteProductImage(ctx: ServiceContext, opts: { actor: Actor; productId: number; imageId: number }): Promise<void> {
  const { product } = await loadEditableProduct(ctx.db, opts.actor, opts.productId);
  const image = await findImage(ctx.db, product.id, opts.imageId);
  if (image === undefined) throw notFound('Image');
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteImageRow(trx, image.id);
    await recordAudit(trx, { actor: opts.actor, action: 'product.image.delete', entity: 'product', entityId: product.id, before: presentImage(image), at });
  });
  await removeStoredImage(ctx, image.file_key);
}
