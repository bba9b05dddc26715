import { findProducerByTaxCode, insertProducer } from '../../db/repositories/producers.js';
import { findUnit } from '../../db/repositories/units.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid } from '../errors.js';
import { type CreateProducerInput, type ProducerView, presentProducer } from './producer-input.js';

/** Registers a producer. Province staff anywhere; a commune officer only inside their commune. */
export async function createProducer(ctx: ServiceContext, opts: { actor: Actor; input: CreateProducerInput }): Promise<ProducerView> {
  const { actor, input } = opts;
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP officers can register producers');
  if ((await findUnit(ctx.db, input.unitId)) === undefined) throw invalid('Unknown unit', [{ path: 'body.unitId', message: `no unit '${input.unitId}'` }]);
  if (!scopeAllows(await producerScope(ctx.db, actor), { id: 0, unit_id: input.unitId })) {
    throw forbidden('The unit is outside your commune');
  }
  const taxCode = input.taxCode ?? null;
  if (taxCode !== null && (await findProducerByTaxCode(ctx.db, taxCode)) !== undefined) {
    throw conflict('A producer with this tax code already exists', [{ path: 'body.taxCode', message: 'already registered' }]);
  }
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertProducer(trx, {
      name: input.name, type: input.type, tax_code: taxCode, unit_id: input.unitId, address: input.address ?? null,
      phone: input.phone ?? null, email: input.email ?? null, representative: input.representative ?? null,
      created_at: at, updated_at: at,
    });
    const view = presentProducer(row);
    await recordAudit(trx, { actor, action: 'producer.create', entity: 'producer', entityId: row.id, after: view, at });
    return view;
  });
}
