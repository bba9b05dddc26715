import type { Kysely } from 'kysely';
import { insertAudit } from '../db/repositories/audit.js';
import type { DB } from '../db/schema.js';
import type { Actor } from '../domain/roles.js';

// Fields that must never reach the audit log (it is readable by admins and exported).
const SECRET_FIELDS = new Set(['password', 'password_hash', 'passwordHash', 'token', 'token_hash', 'csrf_token', 'pin_hash']);

function scrub(value: object | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const clean = Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_FIELDS.has(k)));
  return JSON.stringify(clean);
}

export type AuditEntry = {
  actor: Actor;
  action: string;
  entity: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
  at: string;
};

/** Records one change. Call it inside the same transaction as the change it describes. */
export async function recordAudit(db: Kysely<DB>, e: AuditEntry): Promise<void> {
  await insertAudit(db, {
    at: e.at,
    actor_id: e.actor.userId === 0 ? null : e.actor.userId,
    actor_username: e.actor.username,
    action: e.action,
    entity: e.entity,
    entity_id: String(e.entityId),
    before_json: scrub(e.before),
    after_json: scrub(e.after),
  });
}
