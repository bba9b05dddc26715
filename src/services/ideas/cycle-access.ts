import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Party, TransitionCheck } from '../../domain/cycle/machine.js';
import type { Actor } from '../../domain/roles.js';
import { type ProducerScope, scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { ServiceError, forbidden, invalid, notFound } from '../errors.js';

// Who may do what in the OCOP cycle (ideas, business plans, support records):
// - a producer member works on their own producer's records (the applicant);
// - a commune officer works on records of producers in their commune (scope includes the old
//   units that became part of it): applicant on the producer's behalf, and screener of ideas;
// - province staff see everything, screen ideas and approve business plans;
// - council members have no part in this stage (they score products later): refused with 403.

export async function cycleScope(db: Kysely<DB>, actor: Actor): Promise<ProducerScope> {
  if (actor.role === 'council_member') throw forbidden('Council members have no access to ideas, business plans or support records');
  return producerScope(db, actor);
}

/** The parts an actor can play for a record of a producer inside their scope. */
export function partiesOf(actor: Actor): Party[] {
  switch (actor.role) {
    case 'producer_member':
      return ['applicant'];
    case 'commune_officer':
      return ['applicant', 'screener'];
    case 'province_admin':
    case 'province_officer':
      return ['screener', 'approver'];
    case 'council_member':
      return [];
  }
}

/** The actor's parties for a record; 404 (named `what`) when the record is outside their scope. */
export async function partiesFor(db: Kysely<DB>, actor: Actor, producer: { id: number; unit_id: string }, what: string): Promise<Party[]> {
  if (!scopeAllows(await cycleScope(db, actor), producer)) throw notFound(what);
  return partiesOf(actor);
}

/** Checks that a producer named in a request body exists and lies in the actor's scope. */
export async function assertProducerInScope(db: Kysely<DB>, actor: Actor, producer: { id: number; unit_id: string } | undefined, path: string): Promise<void> {
  if (producer === undefined || !scopeAllows(await cycleScope(db, actor), producer)) {
    throw invalid('Unknown producer', [{ path, message: 'no such producer in your scope' }]);
  }
}

/** The problem for a refused transition, in Vietnamese then English, naming the state. */
export function transitionRefused<S extends string, A extends string>(check: Exclude<TransitionCheck<S, A>, { ok: true }>): ServiceError {
  const detail = `${check.message.vi} — ${check.message.en}`;
  switch (check.refusal) {
    case 'not-permitted':
      return forbidden(detail);
    case 'illegal-state':
      return new ServiceError(409, 'illegal-transition', detail);
    case 'reason-required':
      return invalid(detail, [{ path: 'body.reason', message: 'required for this action' }]);
  }
}

export const concurrentChange = (what: string) => new ServiceError(409, 'conflict', `The ${what} was changed by someone else meanwhile; reload it and try again`);
