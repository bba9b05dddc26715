import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadParts, loadVisibleProduct } from './product-access.js';
import { type ProductView, presentProduct } from './product-output.js';

export async function getProduct(ctx: ServiceContext, opts: { actor: Actor; productId: number }): Promise<ProductView> {
  const { product } = await loadVisibleProduct(ctx.db, opts.actor, opts.productId);
  return presentProduct(product, await loadParts(ctx.db, [product.id]));
}
