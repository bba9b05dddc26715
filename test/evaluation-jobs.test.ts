import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/evaluation/dates.js';
import type { MailMessage, Mailer } from '../src/services/notifications/mailer.js';
import { runEvaluationJobs } from '../src/services/evaluation-jobs/run-evaluation-jobs.js';
import { clients, ok } from './evaluation-fixtures.js';
import type { Client } from './fixtures/registry-client.js';
import { type TestStore, createTestStore } from './helpers/engine.js';
import { TEST_SECRET } from './helpers/runtime.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The daily certificate jobs: reminders before the re-evaluation window and at expiry, and the
// expiry processing that moves the product to "expired". Runs are idempotent: a second run on
// the same day (a restart) sends nothing twice. Time is moved by giving the jobs another clock.

type Cert = { id: number; number: string; productId: number; expiresOn: string; status: { code: string } };
type Inbox = { items: { kind: string; link: string | null }[] };

let srv: TestServer;
let c: Record<string, Client>;
let cert: Cert;
const sent: MailMessage[] = [];
const mailer: Mailer = { send: async (m) => { sent.push(m); } };

beforeAll(async () => {
  srv = await startTestServer();
  c = await clients(srv, ['producer', 'officer']);
  const mine = await ok(c.producer!.json<{ items: Cert[] }>('GET', '/api/v1/certificates?status=valid&sort=expires&pageSize=50'));
  const withDossier = await ok(c.producer!.json<{ items: { productId: number }[] }>('GET', '/api/v1/dossiers?pageSize=200'));
  cert = mine.items.find((x) => !withDossier.items.some((d) => d.productId === x.productId))!;
});
afterAll(async () => srv?.close());

const runOn = (day: string) => runEvaluationJobs({ ...srv.server.runtime.ctx, now: () => new Date(`${day}T03:00:00.000Z`) }, { mailer });
const kinds = async (who: string) => (await ok(c[who]!.json<Inbox>('GET', '/api/v1/notifications?pageSize=200'))).items.filter((n) => n.link === `/portal/certificates/${cert.id}`).map((n) => n.kind);

describe('certificate jobs', () => {
  it('remind the producer when the re-evaluation window opens, once', async () => {
    const opens = addDays(cert.expiresOn, -180);
    const first = await runOn(opens);
    expect(first.date).toBe(opens);
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(await kinds('producer')).toEqual(['certificate.window_opens']);
    const again = await runOn(opens);
    expect(again.reminders).toBe(0);
    // Two days later (a server that was down) the same reminder is not sent again either.
    expect((await runOn(addDays(opens, 2))).reminders).toBe(0);
    expect(await kinds('producer')).toEqual(['certificate.window_opens']);
  });

  it('tell the province when the window was missed', async () => {
    await runOn(addDays(cert.expiresOn, -119));
    expect(await kinds('officer')).toEqual(['certificate.window_missed']);
  });

  it('mark the product expired the day after expiry, without duplicate notifications on a second run', async () => {
    const after = addDays(cert.expiresOn, 1);
    const first = await runOn(after);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await ok(c.producer!.json<{ status: string; star: number }>('GET', `/api/v1/products/${cert.productId}`))).toMatchObject({ status: 'expired' });
    const second = await runOn(after);
    expect(second).toMatchObject({ expired: 0, reminders: 0 });
    const inbox = await kinds('producer');
    expect(inbox.filter((k) => k === 'certificate.expired')).toHaveLength(1);
    const audit = await srv.server.runtime.ctx.db.selectFrom('audit_log').select('after_json').where('entity', '=', 'product').where('entity_id', '=', String(cert.productId)).execute();
    expect(audit.filter((a) => a.after_json?.includes('"status":"expired"'))).toHaveLength(1);
  });

  it('record the last run for operators', async () => {
    const row = await srv.server.runtime.ctx.db.selectFrom('app_meta').select('value').where('key', '=', 'evaluation_jobs_last_run').executeTakeFirstOrThrow();
    expect(JSON.parse(row.value)).toMatchObject({ expired: 0, reminders: 0 });
  });
});

describe('ocop jobs run', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => store?.drop());

  const ocop = async (args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, OCOP_DATA_DIR: store.dataDir, OCOP_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' };
    if (store.databaseUrl === undefined) delete env.DATABASE_URL;
    else env.DATABASE_URL = store.databaseUrl;
    try {
      const r = await promisify(execFile)('node', ['bin/ocop.js', ...args], { env, timeout: 60_000 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  };

  it('runs the jobs from the command line, idempotently, and checks its date', async () => {
    expect((await ocop(['jobs', 'run', '--date', '2026-02-30'])).stderr).toContain('--date must be a calendar date');
    expect((await ocop(['migrate'])).code).toBe(0);
    const r = await ocop(['jobs', 'run', '--date', '2027-01-15']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ date: '2027-01-15', expired: 0, reminders: 0 });
  });
});
