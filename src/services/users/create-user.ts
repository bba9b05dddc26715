import { findUserByUsername, insertUser } from '../../db/repositories/users.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { hashPassword } from '../auth/passwords.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden } from '../errors.js';
import { checkUserScope } from './check-scope.js';
import { type CreateUserInput, type UserView, presentUser } from './user-input.js';

export async function createUser(ctx: ServiceContext, opts: { actor: Actor; input: CreateUserInput }): Promise<UserView> {
  if (opts.actor.role !== 'province_admin') throw forbidden('Only a province admin can create accounts');
  const { input } = opts;
  const scope = { role: input.role, unitId: input.role === 'commune_officer' ? (input.unitId ?? null) : null, producerId: input.role === 'producer_member' ? (input.producerId ?? null) : null };
  await checkUserScope(ctx.db, scope);
  if ((await findUserByUsername(ctx.db, input.username)) !== undefined) {
    throw conflict('Username already taken', [{ path: 'body.username', message: 'already taken' }]);
  }
  const passwordHash = await hashPassword(input.password);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      username: input.username,
      display_name: input.displayName,
      email: input.email ?? null,
      password_hash: passwordHash,
      role: input.role,
      unit_id: scope.unitId,
      producer_id: scope.producerId,
      active: 1,
      failed_logins: 0,
      created_at: at,
      updated_at: at,
    });
    const view = presentUser(row);
    await recordAudit(trx, { actor: opts.actor, action: 'user.create', entity: 'user', entityId: row.id, after: view, at });
    return view;
  });
}
