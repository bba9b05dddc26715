import type { Kysely } from 'kysely';
import { type SeatRow, seatsOf } from '../../db/repositories/councils.js';
import { type DossierRow, findDossier } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import type { DossierActor, DossierWorkflow, TransitionError } from '../../domain/evaluation/dossier-states.js';
import { PROVINCE_STAFF, type Actor, hasRole } from '../../domain/roles.js';
import { type ProducerScope, scopeAllows } from '../../domain/scope.js';
import { dossierWorkflows } from '../../rules/evaluation/index.js';
import { producerScope } from '../access.js';
import { ServiceError, forbidden, invalid, notFound } from '../errors.js';

// Who may see and act on a dossier:
// - a producer member: their own producer's dossiers;
// - a commune officer: dossiers of producers in their commune (pre-2025 units included);
// - province staff: every dossier;
// - a council member: only dossiers sent to a council where they hold a seat.
// A seat, not the account role, makes someone a council member for council steps: a province
// officer seated as secretary acts as the secretary on a dossier in council scoring.
// The workflow data decides which role may take which step; this module decides scope.

export type LoadedDossier = { row: DossierRow; seat: SeatRow | undefined };

export function isProvinceStaff(actor: Actor): boolean {
  return hasRole(actor, PROVINCE_STAFF);
}

/** The dossiers an actor may list, as repository filter fields. */
export async function dossierScope(db: Kysely<DB>, actor: Actor): Promise<{ scope: ProducerScope; seatedUserId?: number }> {
  if (actor.role === 'council_member') return { scope: { kind: 'all' }, seatedUserId: actor.userId };
  return { scope: await producerScope(db, actor) };
}

async function seatFor(db: Kysely<DB>, row: DossierRow, actor: Actor): Promise<SeatRow | undefined> {
  if (row.council_id === null) return undefined;
  return (await seatsOf(db, [row.council_id])).find((s) => s.user_id === actor.userId);
}

/** The dossier with the caller's council seat; absent and out-of-scope both answer 404. */
export async function loadDossier(db: Kysely<DB>, actor: Actor, dossierId: number): Promise<LoadedDossier> {
  const row = await findDossier(db, dossierId);
  if (row === undefined) throw notFound('Dossier');
  const seat = await seatFor(db, row, actor);
  if (actor.role === 'council_member') {
    if (seat === undefined) throw notFound('Dossier');
    return { row, seat };
  }
  if (!scopeAllows(await producerScope(db, actor), { id: row.producer_id, unit_id: row.producer_unit_id })) throw notFound('Dossier');
  return { row, seat };
}

/** Producer members and province staff prepare a dossier (content, self-assessment, evidence). */
export function assertApplicant(actor: Actor): void {
  if (actor.role !== 'producer_member' && !isProvinceStaff(actor)) {
    throw forbidden('Only the producer (or province OCOP staff on its behalf) may prepare the dossier — Chỉ chủ thể (hoặc cán bộ OCOP tỉnh thay mặt) mới được chuẩn bị hồ sơ');
  }
}

/** The role the workflow table sees: a seat holder acts in their council role while the council scores. */
export function dossierActor(actor: Actor, loaded: LoadedDossier): DossierActor {
  if (loaded.seat !== undefined && loaded.row.state === 'council_scoring') return { role: 'council_member', councilRole: loaded.seat.role };
  return { role: actor.role };
}

export function workflowOf(row: Pick<DossierRow, 'workflow_version'>): DossierWorkflow {
  const w = dossierWorkflows().find((v) => v.id === row.workflow_version);
  if (w === undefined) throw new Error(`unknown dossier workflow version ${row.workflow_version}`);
  return w;
}

/** A refused step as a problem: who may not → 403, wrong state → 409, missing reason → 422, unmet condition → 409. */
export function stepRefused(error: TransitionError): ServiceError {
  const detail = `${error.message.vi} — ${error.message.en}`;
  switch (error.code) {
    case 'role_not_permitted':
    case 'council_role_not_permitted':
      return forbidden(detail);
    case 'final_state':
    case 'not_from_state':
      return new ServiceError(409, 'illegal-transition', detail, (error.allowedFrom ?? []).map((s) => ({ path: 'state', message: `allowed from ${s}` })));
    case 'reason_required':
      return invalid(detail, [{ path: 'body.reason', message: 'required for this action' }]);
    case 'precondition_failed':
      return new ServiceError(409, 'precondition-failed', detail, (error.missingFacts ?? []).map((f) => ({ path: `facts.${f}`, message: 'does not hold' })));
  }
}

export const dossierChanged = () => new ServiceError(409, 'conflict', 'The dossier was changed by someone else meanwhile; reload it and try again');

/** Content can be prepared only while the dossier is with the producer. */
export function assertPreparable(row: DossierRow, states: readonly string[] = ['draft']): void {
  if (!states.includes(row.state)) {
    throw new ServiceError(409, 'illegal-transition', `Hồ sơ ở trạng thái «${row.state}» không thể sửa — The dossier cannot be changed in state ${row.state}`);
  }
}
