import type { Role } from '../db/schema.js';

export type { Role };

export const ROLES: readonly Role[] = [
  'province_admin',
  'province_officer',
  'commune_officer',
  'council_member',
  'producer_member',
];

/** Who is acting. Built by the HTTP or CLI edge from a session or token, passed to every service. */
export type Actor = {
  readonly userId: number;
  readonly username: string;
  readonly role: Role;
  /** Set for commune officers: the unit they work for. */
  readonly unitId: string | null;
  /** Set for producer members: the producer they belong to. */
  readonly producerId: number | null;
};

/** The CLI acts with full rights as the operator on the server itself. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  username: 'system',
  role: 'province_admin',
  unitId: null,
  producerId: null,
};

export const PROVINCE_STAFF: readonly Role[] = ['province_admin', 'province_officer'];
export const STAFF: readonly Role[] = ['province_admin', 'province_officer', 'commune_officer', 'council_member'];

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

/** A role's scope requirement: commune officers need a unit, producer members a producer. */
export function scopeProblem(role: Role, unitId: string | null, producerId: number | null): string | undefined {
  if (role === 'commune_officer' && unitId === null) return 'unitId';
  if (role === 'producer_member' && producerId === null) return 'producerId';
  return undefined;
}
