import { deleteProducerRow, findProducer, producerMembers } from '../../db/repositories/producers.js';
import { countProductsOfProducer } from '../../db/repositories/products.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { assertCanEditProducer } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { isForeignKeyViolation } from '../../db/repositories/db-errors.js';
import { presentProducer } from './producer-input.js';

/**
 * Removes a producer registered by mistake. Only one with no products and no member accounts:
 * a producer with a history is kept (records elsewhere point at it).
 */
export async function deleteProducer(ctx: ServiceContext, opts: { actor: Actor; producerId: number }): Promise<void> {
  const { actor } = opts;
  const before = await findProducer(ctx.db, opts.producerId);
  if (before === undefined) throw notFound('Producer');
  await assertCanEditProducer(ctx.db, actor, before);
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP officers can remove producers');
  if ((await countProductsOfProducer(ctx.db, before.id)) > 0) throw conflict('The producer still has products; remove them first');
  if ((await producerMembers(ctx.db, before.id)).length > 0) throw conflict('The producer still has member accounts');
  const at = nowIso(ctx);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await deleteProducerRow(trx, before.id);
      await recordAudit(trx, { actor, action: 'producer.delete', entity: 'producer', entityId: before.id, before: presentProducer(before), at });
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw conflict('Other records (ideas, plans, support) still refer to this producer');
    throw err;
  }
}
