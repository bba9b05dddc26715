import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { ROLES, SYSTEM_ACTOR } from '../../domain/roles.js';
import { insertProducer } from '../../db/repositories/producers.js';
import { insertUser } from '../../db/repositories/users.js';
import { recordAudit } from '../audit.js';
import { hashPassword } from '../auth/passwords.js';
import { type ServiceContext, nowIso } from '../context.js';
import { PRODUCER_TYPES } from '../producers/producer-input.js';

const DemoFile = z.object({
  note: z.string(),
  producers: z.array(z.object({
    key: z.string(), name: z.string(), type: z.enum(PRODUCER_TYPES), taxCode: z.string(), unitId: z.string(),
    address: z.string(), representative: z.string(),
  })),
  users: z.array(z.object({
    username: z.string(), displayName: z.string(), role: z.enum(ROLES),
    unitId: z.string().optional(), producerKey: z.string().optional(),
  })),
});
type DemoFile = z.infer<typeof DemoFile>;

const DEMO_FILE = new URL('../../rules/demo/foundation.json', import.meta.url);
const DEMO_MARKER = 'demo_seeded_at';

export type DemoResult = { seeded: boolean; password: string | undefined; usernames: string[] };

/** A readable random password: four groups of letters and digits without look-alikes. */
export function generateDemoPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

export function demoUsernames(): string[] {
  return loadDemoFile().users.map((u) => u.username);
}

function loadDemoFile(): DemoFile {
  return DemoFile.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
}

export async function isDemoSeeded(ctx: ServiceContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('app_meta').select('value').where('key', '=', DEMO_MARKER).executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo register and one account per role, once: a marker in app_meta records it, so
 * later starts leave an office's real data alone. Everything is one transaction.
 */
export async function seedDemo(ctx: ServiceContext, opts: { password: string | undefined }): Promise<DemoResult> {
  const demo = loadDemoFile();
  const usernames = demo.users.map((u) => u.username);
  if (await isDemoSeeded(ctx)) return { seeded: false, password: undefined, usernames };
  const password = opts.password ?? generateDemoPassword();
  const passwordHash = await hashPassword(password);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const producerIds = new Map<string, number>();
    for (const p of demo.producers) {
      const row = await insertProducer(trx, { name: p.name, type: p.type, tax_code: p.taxCode, unit_id: p.unitId, address: p.address, phone: null, email: null, representative: p.representative, created_at: at, updated_at: at });
      producerIds.set(p.key, row.id);
    }
    for (const u of demo.users) {
      const producerId = u.producerKey === undefined ? null : (producerIds.get(u.producerKey) ?? null);
      await insertUser(trx, { username: u.username, display_name: u.displayName, email: null, password_hash: passwordHash, role: u.role, unit_id: u.unitId ?? null, producer_id: producerId, active: 1, failed_logins: 0, created_at: at, updated_at: at });
    }
    await trx.insertInto('app_meta').values({ key: DEMO_MARKER, value: at }).execute();
    await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'demo.seed', entity: 'system', entityId: 'demo', after: { producers: demo.producers.length, users: usernames }, at });
  });
  return { seeded: true, password, usernames };
}
