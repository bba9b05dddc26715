import type { Kysely } from 'kysely';
import { type CouncilRow, findCouncil, seatsOf, usersByIds } from '../../db/repositories/councils.js';
import type { DB } from '../../db/schema.js';
import type { CouncilRules } from '../../domain/evaluation/council-scoring.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { councilRuleVersions, councilRulesOn } from '../../rules/evaluation/index.js';
import { type FieldIssue, forbidden, invalid, notFound } from '../errors.js';
import type { CreateCouncilInput } from './council-input.js';

// Province staff form councils; council members see the councils they sit on. A member's seat is
// for a council_member account; the chair and the secretary may also be province staff (the
// province's OCOP office often provides the secretary), and then act in that council role.

export function assertCanManageCouncils(actor: Actor): void {
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province OCOP staff form councils — Chỉ cán bộ OCOP tỉnh mới được lập Hội đồng');
}

export async function loadCouncil(db: Kysely<DB>, actor: Actor, councilId: number): Promise<CouncilRow> {
  const council = await findCouncil(db, councilId);
  if (council === undefined) throw notFound('Council');
  if (hasRole(actor, PROVINCE_STAFF)) return council;
  const seated = (await seatsOf(db, [council.id])).some((s) => s.user_id === actor.userId);
  if (actor.role !== 'council_member' || !seated) throw notFound('Council');
  return council;
}

export function rulesOfCouncil(council: Pick<CouncilRow, 'rules_version'>): CouncilRules {
  const rules = councilRuleVersions().find((v) => v.id === council.rules_version);
  if (rules === undefined) throw new Error(`unknown council rules version ${council.rules_version}`);
  return rules;
}

export function rulesForSession(sessionDate: string): CouncilRules {
  try {
    return councilRulesOn(sessionDate);
  } catch {
    throw invalid('No council rules are in force on that date', [{ path: 'body.sessionDate', message: `no council.json version in force on ${sessionDate}` }]);
  }
}

/** Seats must name active accounts: council members anywhere, province staff only as chair or secretary. */
export async function checkSeats(db: Kysely<DB>, seats: CreateCouncilInput['seats']): Promise<void> {
  const users = await usersByIds(db, seats.map((s) => s.userId));
  const issues: FieldIssue[] = [];
  seats.forEach((s, i) => {
    const u = users.find((x) => x.id === s.userId);
    if (u === undefined || u.active !== 1) issues.push({ path: `body.seats.${i}.userId`, message: 'no such active user' });
    else if (u.role !== 'council_member' && !(PROVINCE_STAFF.includes(u.role) && s.role !== 'member')) {
      issues.push({ path: `body.seats.${i}.userId`, message: `a ${u.role} cannot sit as ${s.role}` });
    }
  });
  if (issues.length > 0) throw invalid('Invalid council seats', issues);
}
