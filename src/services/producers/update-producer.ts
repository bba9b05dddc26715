import { findProducer, updateProducerRow } from '../../db/repositories/producers.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { assertCanEditProducer, producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { producerRecordIssues, producerUniquenessIssues } from './producer-checks.js';
import { type ProducerView, type UpdateProducerInput, presentProducer, producerInputOf, producerPatchColumns } from './producer-input.js';

async function checkMove(ctx: ServiceContext, actor: Actor, unitId: string): Promise<void> {
  if (actor.role === 'producer_member') return;
  if (!scopeAllows(await producerScope(ctx.db, actor), { id: 0, unit_id: unitId })) throw forbidden('The new unit is outside your commune');
}

export async function updateProducer(ctx: ServiceContext, opts: { actor: Actor; producerId: number; input: UpdateProducerInput }): Promise<ProducerView> {
  const before = await findProducer(ctx.db, opts.producerId);
  if (before === undefined) throw notFound('Producer');
  await assertCanEditProducer(ctx.db, opts.actor, before);
  const { input } = opts;
  const merged = { ...producerInputOf(presentProducer(before)), ...input };
  const issues = await producerRecordIssues(ctx.db, merged, 'body.');
  if (issues.length > 0) throw invalid('The producer record is not valid', issues);
  if (input.unitId !== undefined && input.unitId !== before.unit_id) await checkMove(ctx, opts.actor, input.unitId);
  const duplicates = await producerUniquenessIssues(ctx.db, merged, before.id, 'body.');
  if (duplicates.length > 0) throw conflict('A producer with this identifier already exists', duplicates);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateProducerRow(trx, before.id, { ...producerPatchColumns(input), updated_at: at });
    const view = presentProducer(row);
    await recordAudit(trx, { actor: opts.actor, action: 'producer.update', entity: 'producer', entityId: row.id, before: presentProducer(before), after: view, at });
    return view;
  });
}
