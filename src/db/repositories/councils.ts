import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CouncilRole } from '../../domain/evaluation/types.js';
import type { CouncilScoreTable, CouncilSeatTable, CouncilTable } from '../schema-evaluation.js';
import type { DB, Role } from '../schema.js';

export type CouncilRow = Selectable<CouncilTable>;
export type SeatRow = Selectable<CouncilSeatTable> & { username: string; display_name: string; user_role: Role };
export type ScoreRow = Selectable<CouncilScoreTable> & { username: string };

export type CouncilFilter = { seatedUserId?: number | undefined; roundId?: number | undefined };

function filtered(db: Kysely<DB>, f: CouncilFilter) {
  let q = db.selectFrom('council');
  if (f.seatedUserId !== undefined) q = q.where('id', 'in', db.selectFrom('council_seat').select('council_id').where('user_id', '=', f.seatedUserId));
  if (f.roundId !== undefined) q = q.where('round_id', '=', f.roundId);
  return q;
}

export async function listCouncilRows(db: Kysely<DB>, f: CouncilFilter, limit: number, offset: number): Promise<CouncilRow[]> {
  return filtered(db, f).selectAll().orderBy('session_date', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countCouncilRows(db: Kysely<DB>, f: CouncilFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findCouncil(db: Kysely<DB>, id: number): Promise<CouncilRow | undefined> {
  return db.selectFrom('council').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCouncil(db: Kysely<DB>, row: Insertable<CouncilTable>): Promise<number> {
  const r = await db.insertInto('council').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateCouncilRow(db: Kysely<DB>, id: number, patch: Updateable<CouncilTable>): Promise<void> {
  await db.updateTable('council').set(patch).where('id', '=', id).execute();
}

export async function replaceSeats(db: Kysely<DB>, councilId: number, seats: { userId: number; role: CouncilRole; present: boolean }[]): Promise<void> {
  await db.deleteFrom('council_seat').where('council_id', '=', councilId).execute();
  if (seats.length === 0) return;
  await db.insertInto('council_seat').values(seats.map((s) => ({ council_id: councilId, user_id: s.userId, role: s.role, present: s.present ? 1 : 0 }))).execute();
}

export async function seatsOf(db: Kysely<DB>, councilIds: number[]): Promise<SeatRow[]> {
  if (councilIds.length === 0) return [];
  return db.selectFrom('council_seat').innerJoin('app_user', 'app_user.id', 'council_seat.user_id')
    .selectAll('council_seat').select(['app_user.username', 'app_user.display_name', 'app_user.role as user_role'])
    .where('council_seat.council_id', 'in', councilIds).orderBy('council_seat.council_id').orderBy('app_user.username').execute();
}

export async function usersByIds(db: Kysely<DB>, ids: number[]): Promise<{ id: number; role: Role; active: number }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('app_user').select(['id', 'role', 'active']).where('id', 'in', ids).execute();
}

export async function insertScore(db: Kysely<DB>, row: Insertable<CouncilScoreTable>): Promise<void> {
  await db.insertInto('council_score').values(row).execute();
}

/** Every score sheet submitted for a dossier in a council, oldest first. */
export async function scoresOf(db: Kysely<DB>, dossierId: number, councilId: number): Promise<ScoreRow[]> {
  return db.selectFrom('council_score').innerJoin('app_user', 'app_user.id', 'council_score.member_id')
    .selectAll('council_score').select('app_user.username')
    .where('council_score.dossier_id', '=', dossierId).where('council_score.council_id', '=', councilId)
    .orderBy('council_score.round').orderBy('council_score.id').execute();
}
