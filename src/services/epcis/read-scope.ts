import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { type ProducerScope, producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { forbidden, unauthorized } from '../errors.js';

/**
 * Which EPCIS events a user may read — the one authorization rule for every EPCIS read (the query
 * interface, single events, and the platform's own views of events):
 * - province admin and officers: all events;
 * - a commune officer: events owned by producers located in its unit (or units merged into it);
 * - a producer member: events its producer owns, and platform events about its batches and lots
 *   (the repository's `whereReadable` turns the scope into SQL);
 * - anonymous: 401; other roles (council members): 403.
 */
export async function epcisReadScope(ctx: Pick<ServiceContext, 'db'>, user: Actor | null): Promise<ProducerScope> {
  if (user === null) throw unauthorized();
  if (hasRole(user, PROVINCE_STAFF)) return { kind: 'all' };
  if (user.role === 'commune_officer' || user.role === 'producer_member') return producerScope(ctx.db, user);
  throw forbidden('This role does not read traceability events');
}

/** Who may capture: province staff (events without an owner) and producer members (owned by their producer). */
export function captureOwner(user: Actor | null): { actor: Actor; producerId: number | null } {
  if (user === null) throw unauthorized();
  if (hasRole(user, PROVINCE_STAFF)) return { actor: user, producerId: null };
  if (user.role === 'producer_member' && user.producerId !== null) return { actor: user, producerId: user.producerId };
  throw forbidden('Only province staff and producer members capture EPCIS events');
}
