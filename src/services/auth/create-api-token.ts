import { insertApiToken } from '../../db/repositories/api-tokens.js';
import { findUserByUsername } from '../../db/repositories/users.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { forbidden, notFound } from '../errors.js';
import { newToken, tokenHash } from './tokens.js';

export const API_TOKEN_PREFIX = 'ocop_';

/**
 * Creates an API token for a user. Only admins may create tokens for others (the CLI acts as
 * the system admin). The token is returned once and only its hash is kept.
 */
export async function createApiToken(
  ctx: ServiceContext,
  opts: { actor: Actor; username: string; name?: string | undefined },
): Promise<{ token: string; id: number }> {
  const user = await findUserByUsername(ctx.db, opts.username);
  if (user === undefined) throw notFound(`User '${opts.username}'`);
  if (opts.actor.role !== 'province_admin' && opts.actor.userId !== user.id) throw forbidden();
  const token = newToken(API_TOKEN_PREFIX);
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const tokenId = await insertApiToken(trx, {
      user_id: user.id,
      name: opts.name ?? 'cli',
      token_hash: tokenHash(token),
      created_at: at,
    });
    await recordAudit(trx, { actor: opts.actor, action: 'token.create', entity: 'api_token', entityId: tokenId, after: { userId: user.id, name: opts.name ?? 'cli' }, at });
    return tokenId;
  });
  return { token, id };
}
