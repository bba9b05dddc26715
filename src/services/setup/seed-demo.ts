import { readMeta, writeMeta } from '../../db/repositories/app-meta.js';
import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { ROLES, SYSTEM_ACTOR } from '../../domain/roles.js';
import { insertProducer } from '../../db/repositories/producers.js';
import { TAX_CODE_PATTERN } from '../../domain/tax-code.js';
import { foldForSearch } from '../../domain/text.js';
import { insertUser } from '../../db/repositories/users.js';
import { recordAudit } from '../audit.js';
import { hashPassword } from '../auth/passwords.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { PRODUCER_TYPES } from '../producers/producer-input.js';
import { loadDemoCycle } from './load-demo-cycle.js';
import { loadDemoStamps } from './load-demo-stamps.js';
import { loadDemoReports } from './load-demo-reports.js';
import { loadDemoJourney } from './load-demo-journey.js';
import { loadDemoFairs } from './load-demo-fairs.js';
import { DEMO_REGISTER_FILE, type DemoRegister, loadDemoRegister, readDemoRegister } from './load-demo-register.js';
import { loadDemoCertificates } from './load-demo-certificates.js';
import { vietnamDay } from '../../domain/scoring/library.js';

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

function loadDemoFile(): DemoFile {
  return DemoFile.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
}

export async function isDemoSeeded(ctx: ServiceContext): Promise<boolean> {
  return (await readMeta(ctx.db, DEMO_MARKER)) !== undefined;
}

type FoundationProducer = DemoFile['producers'][number];

/** A foundation-file producer; codes that are not 10-digit tax codes are registration numbers. */
async function insertFoundationProducer(trx: Tx, p: FoundationProducer, at: string): Promise<number> {
  const isTaxCode = TAX_CODE_PATTERN.test(p.taxCode);
  const row = await insertProducer(trx, {
    name: p.name, name_folded: foldForSearch(p.name), type: p.type, tax_code: isTaxCode ? p.taxCode : null, registration_no: isTaxCode ? null : p.taxCode,
    unit_id: p.unitId, address: p.address, phone: null, email: null, website: null, representative: p.representative, rep_position: null,
    rep_woman: 0, rep_ethnic_minority: 0, rep_disability: 0, employees_total: null, employees_women: null, employees_ethnic_minority: null,
    created_at: at, updated_at: at,
  });
  return row.id;
}

/**
 * The demo producers: the register when there is one (plus any foundation producer a demo account
 * names that the register lacks), else the foundation file's producers. Returns ids by key.
 */
async function seedProducers(trx: Tx, demo: DemoFile, register: DemoRegister | undefined, at: string): Promise<{ ids: Map<string, number>; count: number }> {
  const ids = register === undefined ? new Map<string, number>() : await loadDemoRegister(trx, register, at);
  const wanted = new Set(demo.users.flatMap((u) => (u.producerKey === undefined ? [] : [u.producerKey])));
  const foundation = register === undefined ? demo.producers : demo.producers.filter((p) => wanted.has(p.key) && !ids.has(p.key));
  for (const p of foundation) ids.set(p.key, await insertFoundationProducer(trx, p, at));
  return { ids, count: ids.size };
}

/**
 * Loads the demo register and one account per role, once: a marker in app_meta records it, so
 * later starts leave an office's real data alone. Everything is one transaction.
 */
export async function seedDemo(ctx: ServiceContext, opts: { password: string | undefined; registerFile?: URL }): Promise<DemoResult> {
  const demo = loadDemoFile();
  const usernames = demo.users.map((u) => u.username);
  if (await isDemoSeeded(ctx)) return { seeded: false, password: undefined, usernames };
  const register = readDemoRegister(opts.registerFile ?? DEMO_REGISTER_FILE);
  const password = opts.password ?? generateDemoPassword();
  const passwordHash = await hashPassword(password);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const producers = await seedProducers(trx, demo, register, at);
    for (const u of demo.users) {
      const producerId = u.producerKey === undefined ? null : (producers.ids.get(u.producerKey) ?? null);
      await insertUser(trx, { username: u.username, display_name: u.displayName, email: null, password_hash: passwordHash, role: u.role, unit_id: u.unitId ?? null, producer_id: producerId, active: 1, failed_logins: 0, created_at: at, updated_at: at });
    }
    await loadDemoCycle(trx, producers.ids, at);
    const evaluation = await loadDemoCertificates(trx, { producerIds: producers.ids, registerFile: opts.registerFile ?? DEMO_REGISTER_FILE, at, today: vietnamDay(ctx.now()) });
    const stamps = await loadDemoStamps(trx, { secret: ctx.secret, at });
    await loadDemoReports(trx, { producerIds: producers.ids, currentYear: Number(vietnamDay(ctx.now()).slice(0, 4)), at });
    const journey = await loadDemoJourney(trx, { producerIds: producers.ids, publicUrl: ctx.publicUrl, at });
    await loadDemoFairs(trx, { today: vietnamDay(ctx.now()), at });
    await writeMeta(trx, DEMO_MARKER, at);
    await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'demo.seed', entity: 'system', entityId: 'demo', after: { producers: producers.count, register: register !== undefined, users: usernames, evaluation, stamps, journey: journey ?? null }, at });
  });
  return { seeded: true, password, usernames };
}
