import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../domain/roles.js';
import { type ProducerScope, scopeAllows } from '../domain/scope.js';
import { forbidden, notFound } from './errors.js';
import { unitScope } from './unit-scope.js';

export type { ProducerScope };

// Province staff and council members see every producer; a commune officer sees producers whose
// unit lies in (or became part of) their commune; a producer member sees only their own.

export async function producerScope(db: Kysely<DB>, actor: Actor): Promise<ProducerScope> {
  if (hasRole(actor, PROVINCE_STAFF) || actor.role === 'council_member') return { kind: 'all' };
  if (actor.role === 'commune_officer' && actor.unitId !== null) return { kind: 'units', unitIds: await unitScope(db, actor.unitId) };
  if (actor.role === 'producer_member' && actor.producerId !== null) return { kind: 'producer', producerId: actor.producerId };
  return { kind: 'none' };
}

/** Who may change a producer's record: province staff, its commune officer, its own members. */
export async function assertCanEditProducer(db: Kysely<DB>, actor: Actor, producer: { id: number; unit_id: string }): Promise<void> {
  const scope = await producerScope(db, actor);
  // Outside the scope the record is reported as absent, so ids cannot be probed.
  if (!scopeAllows(scope, producer)) throw notFound('Producer');
  if (actor.role === 'council_member') throw forbidden('Council members cannot edit producers');
}

/**
 * Read check: absent and out-of-scope look the same to the caller (404). Returns the producer,
 * narrowed to defined, so callers can use it directly.
 */
export async function assertCanSeeProducer<P extends { id: number; unit_id: string }>(db: Kysely<DB>, actor: Actor, producer: P | undefined): Promise<P> {
  if (producer === undefined || !scopeAllows(await producerScope(db, actor), producer)) throw notFound('Producer');
  return producer;
}
