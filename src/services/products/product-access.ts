import type { Kysely } from 'kysely';
import { certificatesOf, imagesOf, salesPointsOf } from '../../db/repositories/product-parts.js';
import { findProducer, type ProducerRow } from '../../db/repositories/producers.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { assertCanEditProducer, assertCanSeeProducer } from '../access.js';
import { notFound } from '../errors.js';
import type { ProductParts } from './product-output.js';

// A product is visible and editable exactly when its producer is (services/access.ts); outside
// the caller's scope it is reported as absent, so product ids cannot be probed either.

export type LoadedProduct = { product: ProductRow; producer: ProducerRow };

async function load(db: Kysely<DB>, productId: number): Promise<{ product: ProductRow | undefined; producer: ProducerRow | undefined }> {
  const product = await findProduct(db, productId);
  const producer = product === undefined ? undefined : await findProducer(db, product.producer_id);
  return { product, producer };
}

export async function loadVisibleProduct(db: Kysely<DB>, actor: Actor, productId: number): Promise<LoadedProduct> {
  const { product, producer } = await load(db, productId);
  try {
    await assertCanSeeProducer(db, actor, producer);
  } catch {
    throw notFound('Product');
  }
  if (product === undefined || producer === undefined) throw notFound('Product');
  return { product, producer };
}

export async function loadEditableProduct(db: Kysely<DB>, actor: Actor, productId: number): Promise<LoadedProduct> {
  const { product, producer } = await loadVisibleProduct(db, actor, productId);
  await assertCanEditProducer(db, actor, producer);
  return { product, producer };
}

export async function loadParts(db: Kysely<DB>, productIds: number[]): Promise<ProductParts> {
  const [certificates, salesPoints, images] = await Promise.all([certificatesOf(db, productIds), salesPointsOf(db, productIds), imagesOf(db, productIds)]);
  return { certificates, salesPoints, images };
}
