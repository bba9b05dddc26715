import { findUserByUsername, updateUserRow } from '../../db/repositories/users.js';
import { insertSession } from '../../db/repositories/sessions.js';
import { lockSecondsAfter, secondsUntilUnlocked } from '../../domain/login-throttle.js';
import type { ServiceContext } from '../context.js';
import { tooManyRequests, unauthorized } from '../errors.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { newToken, tokenHash } from './tokens.js';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export type LoginResult = { sessionToken: string; csrfToken: string; userId: number };

const WRONG = 'Wrong username or password';

/** Checks a password and opens a session. Failures count against the account (see login-throttle). */
export async function login(ctx: ServiceContext, opts: { username: string; password: string }): Promise<LoginResult> {
  const now = ctx.now();
  const user = await findUserByUsername(ctx.db, opts.username.trim().toLowerCase());
  if (user === undefined) {
    await verifyPassword(await dummyPasswordHash(), opts.password);
    throw unauthorized(WRONG);
  }
  const wait = secondsUntilUnlocked(user.locked_until, now);
  if (wait > 0) throw tooManyRequests(`Too many failed logins; try again in ${wait} s`, wait);
  const ok = user.active === 1 && (await verifyPassword(user.password_hash, opts.password));
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = lockSecondsAfter(failures);
    const lockedUntil = lock > 0 ? new Date(now.getTime() + lock * 1000).toISOString() : null;
    await updateUserRow(ctx.db, user.id, { failed_logins: failures, locked_until: lockedUntil });
    throw unauthorized(WRONG);
  }
  return openSession(ctx, user.id, user.failed_logins > 0);
}

async function openSession(ctx: ServiceContext, userId: number, resetFailures: boolean): Promise<LoginResult> {
  const now = ctx.now();
  const sessionToken = newToken();
  const csrfToken = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    if (resetFailures) await updateUserRow(trx, userId, { failed_logins: 0, locked_until: null });
    await insertSession(trx, {
      id: tokenHash(sessionToken),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000).toISOString(),
    });
  });
  return { sessionToken, csrfToken, userId };
}
