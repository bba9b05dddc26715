import { findLotByCode, insertLot } from '../../db/repositories/lots.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict } from '../errors.js';
import { loadEditableProduct } from '../products/product-access.js';
import type { CreateLotInput } from './lot-input.js';
import { type LotView, presentLot } from './lot-output.js';

/** Records a production lot of a product the actor may edit (its producer's members, its commune, the province). */
export async function createLot(ctx: ServiceContext, opts: { actor: Actor; input: CreateLotInput }): Promise<LotView> {
  const { actor, input } = opts;
  const { product } = await loadEditableProduct(ctx.db, actor, input.productId);
  if ((await findLotByCode(ctx.db, product.id, input.code)) !== undefined) {
    throw conflict('The product already has a lot with this code', [{ path: 'body.code', message: 'already used for this product' }]);
  }
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertLot(trx, {
      product_id: product.id, producer_id: product.producer_id, code: input.code, production_date: input.productionDate, expiry_date: input.expiryDate ?? null,
      quantity: input.quantity ?? null, raw_material_area: input.rawMaterialArea ?? null, quality_certificates: JSON.stringify(input.qualityCertificates ?? []),
      created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
    });
    const view = presentLot(row, 0);
    await recordAudit(trx, { actor, action: 'lot.create', entity: 'lot', entityId: row.id, after: view, at });
    return view;
  });
}
