import type { Kysely } from 'kysely';
import { findProducer, type ProducerRow } from '../../db/repositories/producers.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import { type BatchRow, findBatch } from '../../db/repositories/stamp-batches.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { notFound } from '../errors.js';

// A batch is visible exactly when its producer is (services/access.ts); outside the scope it is
// reported as absent, so batch ids cannot be probed.

export type LoadedBatch = { batch: BatchRow; product: ProductRow; producer: ProducerRow };

export async function loadVisibleBatch(db: Kysely<DB>, actor: Actor, batchId: number): Promise<LoadedBatch> {
  const batch = await findBatch(db, batchId);
  const product = batch === undefined ? undefined : await findProduct(db, batch.product_id);
  const producer = batch === undefined ? undefined : await findProducer(db, batch.producer_id);
  if (batch === undefined || product === undefined || producer === undefined) throw notFound('Stamp batch');
  if (!scopeAllows(await producerScope(db, actor), producer)) throw notFound('Stamp batch');
  return { batch, product, producer };
}
