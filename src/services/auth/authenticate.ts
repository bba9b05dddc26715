import { findActiveTokenWithUser, touchApiToken } from '../../db/repositories/api-tokens.js';
import { deleteSession, extendSession, findLiveSessionWithUser } from '../../db/repositories/sessions.js';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { SESSION_TTL_SECONDS } from './login.js';
import { tokenHash } from './tokens.js';

type UserColumns = { id: number; username: string; role: Role; unit_id: string | null; producer_id: number | null };

function toActor(u: UserColumns): Actor {
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unit_id, producerId: u.producer_id };
}

// Writing last-seen on every request would turn each read into a write; once a minute is enough
// for a sliding expiry.
const TOUCH_INTERVAL_MS = 60_000;

export type SessionAuth = { actor: Actor; csrfToken: string };

export async function authenticateSession(ctx: ServiceContext, sessionToken: string): Promise<SessionAuth | undefined> {
  const now = ctx.now();
  const id = tokenHash(sessionToken);
  const row = await findLiveSessionWithUser(ctx.db, id, now.toISOString());
  if (row === undefined) return undefined;
  if (row.active !== 1) {
    await deleteSession(ctx.db, id);
    return undefined;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    const expires = new Date(now.getTime() + SESSION_TTL_SECONDS * 1000).toISOString();
    await extendSession(ctx.db, id, now.toISOString(), expires);
  }
  return { actor: toActor(row), csrfToken: row.csrf_token };
}

export async function authenticateApiToken(ctx: ServiceContext, token: string): Promise<Actor | undefined> {
  const row = await findActiveTokenWithUser(ctx.db, tokenHash(token));
  if (row === undefined || row.active !== 1) return undefined;
  const now = ctx.now();
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS) {
    await touchApiToken(ctx.db, row.tokenId, now.toISOString());
  }
  return toActor(row);
}

export async function logout(ctx: ServiceContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, tokenHash(sessionToken));
}
