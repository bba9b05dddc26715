import { insertProducer } from '../../db/repositories/producers.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden, invalid } from '../errors.js';
import { producerRecordIssues, producerUniquenessIssues } from './producer-checks.js';
import { type CreateProducerInput, type ProducerView, presentProducer, producerColumns } from './producer-input.js';

/** Registers a producer. Province staff anywhere; a commune officer only inside their commune. */
export async function createProducer(ctx: ServiceContext, opts: { actor: Actor; input: CreateProducerInput }): Promise<ProducerView> {
  const { actor, input } = opts;
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP officers can register producers');
  const issues = await producerRecordIssues(ctx.db, input, 'body.');
  if (issues.length > 0) throw invalid('The producer record is not valid', issues);
  if (!scopeAllows(await producerScope(ctx.db, actor), { id: 0, unit_id: input.unitId })) {
    throw forbidden('The unit is outside your commune');
  }
  const duplicates = await producerUniquenessIssues(ctx.db, input, undefined, 'body.');
  if (duplicates.length > 0) throw conflict('A producer with this identifier already exists', duplicates);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertProducer(trx, { ...producerColumns(input), created_at: at, updated_at: at });
    const view = presentProducer(row);
    await recordAudit(trx, { actor, action: 'producer.create', entity: 'producer', entityId: row.id, after: view, at });
    return view;
  });
}
