import type { Updateable } from 'kysely';
import { findProducer, findProducerByTaxCode, updateProducerRow } from '../../db/repositories/producers.js';
import { findUnit } from '../../db/repositories/units.js';
import type { ProducerTable } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { assertCanEditProducer, producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { type ProducerView, type UpdateProducerInput, presentProducer } from './producer-input.js';

function toPatch(i: UpdateProducerInput, at: string): Updateable<ProducerTable> {
  const p: Updateable<ProducerTable> = { updated_at: at };
  if (i.name !== undefined) p.name = i.name;
  if (i.type !== undefined) p.type = i.type;
  if (i.taxCode !== undefined) p.tax_code = i.taxCode;
  if (i.unitId !== undefined) p.unit_id = i.unitId;
  if (i.address !== undefined) p.address = i.address;
  if (i.phone !== undefined) p.phone = i.phone;
  if (i.email !== undefined) p.email = i.email;
  if (i.representative !== undefined) p.representative = i.representative;
  return p;
}

async function checkMove(ctx: ServiceContext, actor: Actor, unitId: string): Promise<void> {
  if ((await findUnit(ctx.db, unitId)) === undefined) throw invalid('Unknown unit', [{ path: 'body.unitId', message: `no unit '${unitId}'` }]);
  if (actor.role === 'producer_member') return;
  if (!scopeAllows(await producerScope(ctx.db, actor), { id: 0, unit_id: unitId })) throw forbidden('The new unit is outside your commune');
}

export async function updateProducer(ctx: ServiceContext, opts: { actor: Actor; producerId: number; input: UpdateProducerInput }): Promise<ProducerView> {
  const before = await findProducer(ctx.db, opts.producerId);
  if (before === undefined) throw notFound('Producer');
  await assertCanEditProducer(ctx.db, opts.actor, before);
  const { input } = opts;
  if (input.unitId !== undefined && input.unitId !== before.unit_id) await checkMove(ctx, opts.actor, input.unitId);
  if (input.taxCode != null && input.taxCode !== before.tax_code) {
    const other = await findProducerByTaxCode(ctx.db, input.taxCode);
    if (other !== undefined) throw conflict('A producer with this tax code already exists', [{ path: 'body.taxCode', message: 'already registered' }]);
  }
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateProducerRow(trx, before.id, toPatch(input, at));
    const view = presentProducer(row);
    await recordAudit(trx, { actor: opts.actor, action: 'producer.update', entity: 'producer', entityId: row.id, before: presentProducer(before), after: view, at });
    return view;
  });
}
