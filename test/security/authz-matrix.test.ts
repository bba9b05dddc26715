import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../helpers/server.js';
import { type Matrix, type Row, type Sent, ROLES, WRITE_ORDER, loadMatrix, outcome, provinceRecords, send } from './authz-runner.js';
import { type World, buildWorld } from './authz-world.js';
import { type Operation, fetchOperations } from './openapi-routes.js';

// The authorization matrix (test/security/authz-matrix.json) against a real server: every route of
// the OpenAPI document, every role, A's objects in the path. Reads run in parallel; writes run one
// route at a time with the roles expected to be refused first, so a refused request that did
// change something shows up as a wrong answer of a later, allowed one.
// AUTHZ_RECORD=<file> writes the observed table there instead of asserting (for reviewing a diff).

const RECORD = process.env.AUTHZ_RECORD;
let srv: TestServer;
let world: World;
let ops: Operation[];
let matrix: Matrix;
const observed = new Map<string, Sent[]>();

beforeAll(async () => {
  srv = await startTestServer();
  world = await buildWorld(srv);
  ops = await fetchOperations(srv.url);
  await provinceRecords(srv.url, ops, world);
  matrix = loadMatrix();
}, 120_000);
afterAll(async () => srv?.close());

function rowOf(op: Operation): Row {
  return matrix.routes[op.key] ?? { allowed: [] };
}

async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await fn(item);
    }
  }));
}

/** Terminal steps (deletes, withdrawals, rejections, revocations) go last so they do not change what earlier rows see. */
function writeRank(op: Operation): number {
  if (op.method === 'DELETE') return 2;
  return /\/(withdraw|reject|revoke|logout)$/.test(op.path) ? 1 : 0;
}

async function runAll(): Promise<void> {
  const reads = ops.filter((op) => op.method === 'GET');
  await pool(reads.flatMap((op) => ROLES.map((role) => ({ op, role }))), 12, async ({ op, role }) => {
    const sent = await send(srv.url, op, rowOf(op), role, world);
    observed.set(op.key, [...(observed.get(op.key) ?? []), sent]);
  });
  // Terminal steps run after the others; within a step, routes of different resources run side by side.
  for (const rank of [0, 1, 2]) {
    const groups = new Map<string, Operation[]>();
    for (const op of ops.filter((o) => o.method !== 'GET' && writeRank(o) === rank)) {
      const resource = op.path.split('/')[3] ?? op.path;
      groups.set(resource, [...(groups.get(resource) ?? []), op]);
    }
    await Promise.all([...groups.values()].map(async (group) => {
      for (const op of group) {
        for (const role of WRITE_ORDER) {
          const sent = await send(srv.url, op, rowOf(op), role, world);
          observed.set(op.key, [...(observed.get(op.key) ?? []), sent]);
        }
      }
    }));
  }
}

function recordTable(): void {
  const rows = ops.map((op) => {
    const sent = observed.get(op.key) ?? [];
    const allowed = ROLES.filter((r) => sent.find((s) => s.role === r && outcome(s.status, rowOf(op)) === 'allowed'));
    const statuses = Object.fromEntries(sent.map((s) => [s.role, s.status]));
    const details = Object.fromEntries(sent.filter((s) => outcome(s.status) === 'other' || s.status === 422).map((s) => [s.role, s.detail]));
    return `  ${JSON.stringify(op.key)}: ${JSON.stringify({ ...(matrix.routes[op.key] ?? {}), allowed, statuses, details })}`;
  });
  writeFileSync(RECORD ?? '', `{\n${rows.join(',\n')}\n}\n`);
}

describe('authorization matrix', () => {
  it('has exactly one row per route of the OpenAPI document', () => {
    const routes = new Set(ops.map((op) => op.key));
    const rows = new Set(Object.keys(matrix.routes));
    expect([...routes].filter((r) => !rows.has(r)), 'routes without a row in authz-matrix.json').toEqual([]);
    expect([...rows].filter((r) => !routes.has(r)), 'rows naming routes that no longer exist').toEqual([]);
  });

  it('answers every route and role as the matrix says (B is refused A\'s objects)', async () => {
    await runAll();
    if (RECORD !== undefined) {
      recordTable();
      return;
    }
    const wrong: string[] = [];
    for (const op of ops) {
      const row = rowOf(op);
      for (const sent of observed.get(op.key) ?? []) {
        if (row.unchecked !== undefined) continue;
        const expected = row.allowed.includes(sent.role) ? 'allowed' : 'refused';
        const got = outcome(sent.status, row);
        if (got !== expected) wrong.push(`${op.method} ${sent.url} as ${sent.role}: expected ${expected}, got ${sent.status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('lists never show producer B or the officer of unit Y a record of A', async () => {
    const lists = ['products', 'dossiers', 'stamp-batches', 'lots', 'ideas', 'business-plans', 'support', 'alerts', 'certificates', 'producers'];
    const leaks: string[] = [];
    for (const role of ['producerB', 'communeY'] as const) {
      for (const list of lists) {
        const res = await fetch(`${srv.url}/api/v1/${list}?pageSize=100`, { headers: { authorization: `Bearer ${world.tokens[role] ?? ''}` } });
        const body = (await res.json()) as { items?: { id: number; producerId?: number }[] };
        const A = world.ids.producer;
        const seen = (body.items ?? []).filter((item) => (list === 'producers' ? item.id === A : item.producerId === A));
        if (seen.length > 0) leaks.push(`${role} sees ${seen.length} of A's ${list}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
