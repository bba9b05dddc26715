import { findUserById, updateUserRow } from '../../db/repositories/users.js';
import { deleteUserSessions } from '../../db/repositories/sessions.js';
import type { Updateable } from 'kysely';
import type { UserTable } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { hashPassword } from '../auth/passwords.js';
import { type ServiceContext, nowIso } from '../context.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { checkUserScope } from './check-scope.js';
import { type UpdateUserInput, type UserView, presentUser } from './user-input.js';

function toPatch(input: UpdateUserInput, at: string): Updateable<UserTable> {
  const patch: Updateable<UserTable> = { updated_at: at };
  if (input.displayName !== undefined) patch.display_name = input.displayName;
  if (input.email !== undefined) patch.email = input.email;
  if (input.role !== undefined) patch.role = input.role;
  if (input.unitId !== undefined) patch.unit_id = input.unitId;
  if (input.producerId !== undefined) patch.producer_id = input.producerId;
  if (input.active !== undefined) patch.active = input.active ? 1 : 0;
  return patch;
}

/**
 * Admin edits an account. Changing role, scope, activity or password ends the user's sessions,
 * so a demoted or disabled user loses access at once.
 */
export async function updateUser(ctx: ServiceContext, opts: { actor: Actor; userId: number; input: UpdateUserInput }): Promise<UserView> {
  if (opts.actor.role !== 'province_admin') throw forbidden('Only a province admin can edit accounts');
  const before = await findUserById(ctx.db, opts.userId);
  if (before === undefined) throw notFound('User');
  if (before.id === opts.actor.userId && (opts.input.active === false || (opts.input.role !== undefined && opts.input.role !== 'province_admin'))) {
    throw invalid('You cannot disable or demote your own account', [{ path: 'body.role', message: 'own account' }]);
  }
  const at = nowIso(ctx);
  const patch = toPatch(opts.input, at);
  const role = patch.role ?? before.role;
  patch.unit_id = role === 'commune_officer' ? (patch.unit_id ?? before.unit_id) : null;
  patch.producer_id = role === 'producer_member' ? (patch.producer_id ?? before.producer_id) : null;
  await checkUserScope(ctx.db, { role, unitId: patch.unit_id, producerId: patch.producer_id });
  if (opts.input.password !== undefined) patch.password_hash = await hashPassword(opts.input.password);
  const endsSessions = ['role', 'unitId', 'producerId', 'active', 'password'].some((k) => k in opts.input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateUserRow(trx, before.id, patch);
    if (endsSessions) await deleteUserSessions(trx, before.id);
    const view = presentUser(row);
    const action = opts.input.password !== undefined ? 'user.update+password' : 'user.update';
    await recordAudit(trx, { actor: opts.actor, action, entity: 'user', entityId: row.id, before: presentUser(before), after: view, at });
    return view;
  });
}
