import { replaceCertificates, replaceSalesPoints } from '../../db/repositories/product-parts.js';
import { findProducer } from '../../db/repositories/producers.js';
import { insertProduct } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { assertCanEditProducer, producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, invalid } from '../errors.js';
import { loadParts } from './product-access.js';
import type { CreateProductInput } from './product-input.js';
import { type ProductView, certificateColumns, presentProduct, productColumns, salesPointColumns } from './product-output.js';
import { productUniquenessIssues, statusIssues } from './product-rules.js';

/** Registers a product of a producer the actor may edit (its members, its commune, the province). */
export async function createProduct(ctx: ServiceContext, opts: { actor: Actor; input: CreateProductInput }): Promise<ProductView> {
  const { actor, input } = opts;
  const producer = await findProducer(ctx.db, input.producerId);
  // A producer outside the caller's scope is reported like a missing one.
  if (producer === undefined || !scopeAllows(await producerScope(ctx.db, actor), producer)) {
    throw invalid('Unknown producer', [{ path: 'body.producerId', message: 'no such producer' }]);
  }
  await assertCanEditProducer(ctx.db, actor, producer);
  const status = statusIssues(actor, undefined, { status: input.status, star: input.star ?? null }, 'body.');
  if (status.length > 0) throw invalid('The status cannot be set', status);
  const duplicates = await productUniquenessIssues(ctx.db, { producerId: producer.id, name: input.name, gtin: input.gtin ?? null }, undefined, 'body.');
  if (duplicates.length > 0) throw conflict('The product already exists', duplicates);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertProduct(trx, { ...productColumns(input), producer_id: producer.id, created_at: at, updated_at: at });
    await replaceCertificates(trx, row.id, certificateColumns(input.certificates ?? []));
    await replaceSalesPoints(trx, row.id, salesPointColumns(input.salesPoints ?? []));
    const view = presentProduct(row, await loadParts(trx, [row.id]));
    await recordAudit(trx, { actor, action: 'product.create', entity: 'product', entityId: row.id, after: view, at });
    return view;
  });
}
