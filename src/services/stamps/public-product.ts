import { findLotByCode, type LotRow } from '../../db/repositories/lots.js';
import { findImage, imagesOf } from '../../db/repositories/product-parts.js';
import { findProducer, type ProducerRow } from '../../db/repositories/producers.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import { findUnit } from '../../db/repositories/units.js';
import { RATED_STATUSES } from '../../domain/product-status.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { storedImagePath } from '../files/image-store.js';
import { type CertificateFacts, certificateFacts } from './certificate-facts.js';

// The public face of a rated OCOP product (what gs1:pip points to until a fuller public product
// page exists), and its photo thumbnails. Products never certified stay private: 404.

export type PublicProduct = { product: ProductRow; producer: ProducerRow; commune: string | null; imageId: number | null; certificate: CertificateFacts; lot: LotRow | null };

async function ratedProduct(ctx: ServiceContext, productId: number): Promise<ProductRow> {
  const product = await findProduct(ctx.readDb, productId);
  if (product === undefined || !RATED_STATUSES.includes(product.status)) throw notFound('Product');
  return product;
}

export async function getPublicProduct(ctx: ServiceContext, opts: { productId: number; lotCode?: string | undefined }): Promise<PublicProduct> {
  const product = await ratedProduct(ctx, opts.productId);
  const producer = await findProducer(ctx.readDb, product.producer_id);
  if (producer === undefined) throw notFound('Product');
  const [unit, images, certificate, lot] = await Promise.all([
    findUnit(ctx.readDb, producer.unit_id), imagesOf(ctx.readDb, [product.id]), certificateFacts(ctx.readDb, product, ctx.now().toISOString().slice(0, 10)),
    opts.lotCode === undefined ? undefined : findLotByCode(ctx.readDb, product.id, opts.lotCode),
  ]);
  const image = [...images].sort((a, b) => a.position - b.position)[0];
  return { product, producer, commune: unit?.name ?? null, imageId: image?.id ?? null, certificate, lot: lot ?? null };
}

/** The 320 px WebP thumbnail of a rated product's photo, for the public pages. */
export async function publicThumbnail(ctx: ServiceContext, opts: { productId: number; imageId: number }): Promise<{ path: string; etag: string }> {
  const product = await ratedProduct(ctx, opts.productId);
  const image = await findImage(ctx.readDb, product.id, opts.imageId);
  if (image === undefined) throw notFound('Image');
  return { path: storedImagePath(ctx, image.file_key, 320, 'webp'), etag: `"${image.file_key}-320"` };
}
