import { findListedProducer, listCatalogueRows } from '../../db/repositories/catalogue.js';
import { type FairRow, upcomingFairsOf } from '../../db/repositories/fairs.js';
import { type ImageRow, type SalesPointRow, imagesOf, salesPointsOf } from '../../db/repositories/product-parts.js';
import { findProducer } from '../../db/repositories/producers.js';
import { type ProductRow, findProduct } from '../../db/repositories/products.js';
import type { ProducerType } from '../../db/schema.js';
import { RATED_STATUSES } from '../../domain/product-status.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type CertificateFacts, certificateFacts } from '../stamps/certificate-facts.js';
import { type CatalogueItem, withPictures } from './catalogue-search.js';
import { unitDirectory } from './unit-directory.js';

// The product and producer pages. A product is public once it has been rated (its page says when
// the certificate has expired or been revoked); a producer once it has a listed product. Anything
// else answers 404, exactly like an id that does not exist.

/** Only what the public may see of a producer: no address, phone, e-mail or representative. */
export type PublicProducer = { id: number; name: string; type: ProducerType; unitName: string | null; website: string | null };

export type CatalogueProduct = {
  product: ProductRow; producer: PublicProducer; images: ImageRow[]; certificate: CertificateFacts;
  salesPoints: SalesPointRow[]; fairs: FairRow[];
};

const PRODUCER_PRODUCTS_LIMIT = 200;

function publicProducer(p: { id: number; name: string; type: ProducerType; website: string | null }, unitName: string | null): PublicProducer {
  // A household's website is a person's; only organisations' are shown.
  return { id: p.id, name: p.name, type: p.type, unitName, website: p.type === 'household' ? null : p.website };
}

export async function catalogueProduct(ctx: ServiceContext, productId: number): Promise<CatalogueProduct> {
  const product = await findProduct(ctx.readDb, productId);
  if (product === undefined || !RATED_STATUSES.includes(product.status)) throw notFound('Product');
  const today = vietnamDay(ctx.now());
  const [producer, units, images, certificate, salesPoints, fairs] = await Promise.all([
    findProducer(ctx.readDb, product.producer_id), unitDirectory(ctx), imagesOf(ctx.readDb, [product.id]), certificateFacts(ctx.readDb, product, today),
    salesPointsOf(ctx.readDb, [product.id]), upcomingFairsOf(ctx.readDb, product.id, today, 10),
  ]);
  if (producer === undefined) throw notFound('Product');
  return { product, producer: publicProducer(producer, units.currentName(producer.unit_id)), images, certificate, salesPoints, fairs };
}

export async function catalogueProducer(ctx: ServiceContext, producerId: number): Promise<{ producer: PublicProducer; products: CatalogueItem[] }> {
  const producer = await findListedProducer(ctx.readDb, producerId);
  if (producer === undefined) throw notFound('Producer');
  const units = await unitDirectory(ctx);
  const rows = await listCatalogueRows(ctx.readDb, { producerId }, PRODUCER_PRODUCTS_LIMIT, 0);
  return { producer: publicProducer(producer, units.currentName(producer.unit_id)), products: await withPictures(ctx, rows, units) };
}
