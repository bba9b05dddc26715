import { findLotByCode, type LotRow } from '../../db/repositories/lots.js';
import { findImage } from '../../db/repositories/product-parts.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import { RATED_STATUSES } from '../../domain/product-status.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { storedImagePath } from '../files/image-store.js';
import { type ProductFacts, productFacts } from './product-facts.js';

// The public face of a rated OCOP product (what gs1:pip points to until a fuller public product
// page exists), and its photo thumbnails. Products never certified stay private: 404.

export type PublicProduct = ProductFacts & { readonly lot: LotRow | null };

async function ratedProduct(ctx: ServiceContext, productId: number): Promise<ProductRow> {
  const product = await findProduct(ctx.readDb, productId);
  if (product === undefined || !RATED_STATUSES.includes(product.status)) throw notFound('Product');
  return product;
}

export async function getPublicProduct(ctx: ServiceContext, opts: { productId: number; lotCode?: string | undefined }): Promise<PublicProduct> {
  const product = await ratedProduct(ctx, opts.productId);
  const [facts, lot] = await Promise.all([
    productFacts(ctx, product.id, product.producer_id),
    opts.lotCode === undefined ? undefined : findLotByCode(ctx.readDb, product.id, opts.lotCode),
  ]);
  if (facts === undefined) throw notFound('Product');
  return { ...facts, product, lot: lot ?? null };
}

/** The 320 px WebP thumbnail of a rated product's photo, for the public pages. */
export async function publicThumbnail(ctx: ServiceContext, opts: { productId: number; imageId: number }): Promise<{ path: string; etag: string }> {
  const product = await ratedProduct(ctx, opts.productId);
  const image = await findImage(ctx.readDb, product.id, opts.imageId);
  if (image === undefined) throw notFound('Image');
  return { path: storedImagePath(ctx, image.file_key, 320, 'webp'), etag: `"${image.file_key}-320"` };
}
