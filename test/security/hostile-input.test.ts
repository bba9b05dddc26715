import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../helpers/server.js';
import { type Row, bodyFor, loadMatrix } from './authz-runner.js';
import { type World, buildWorld } from './authz-world.js';
import { LEAK, NASTY_STRINGS, deeplyNested, randomStrings, rowCounts, withField } from './hostile-payloads.js';
import { type Operation, fetchOperations, fillPath, stringFields } from './openapi-routes.js';

// Every JSON route of the OpenAPI document (as admin; public routes also anonymously) is fed
// malformed JSON, wrong types, a body over the limit, deep nesting, and SQL-ish, markup and
// unicode-edge strings in every text field. The answer must be a problem+json 4xx (or a 2xx for
// a value that is simply valid), never a 5xx, never leaking internals; a refused request must
// leave every critical table as it was.

let srv: TestServer;
let world: World;
let ops: Operation[];
const rows = loadMatrix().routes;

beforeAll(async () => {
  srv = await startTestServer();
  world = await buildWorld(srv);
  ops = (await fetchOperations(srv.url)).filter((op) => op.bodyTypes.includes('application/json') && op.key !== 'POST /api/v1/auth/logout');
}, 120_000);
afterAll(async () => srv?.close());

type Answer = { status: number; type: string; text: string; label: string };

function rowOf(op: Operation): Row {
  return rows[op.key] ?? { allowed: ['admin'] };
}

function urlOf(op: Operation): string {
  const values: Record<string, string | number> = {};
  const resource = op.path.split('/')[3] ?? '';
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const key = rowOf(op).params?.[p.name] ?? (p.name === 'id' ? ({ 'business-plans': 'plan', 'stamp-batches': 'batch' } as Record<string, string>)[resource] ?? resource.replace(/s$/, '') : p.name);
    values[p.name] = world.ids[key] ?? world.ids[p.name] ?? 1;
  }
  return fillPath(op.path, values);
}

async function post(op: Operation, raw: string, asAdmin: boolean, label: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (asAdmin && world.tokens.admin !== undefined) headers.authorization = `Bearer ${world.tokens.admin}`;
  const res = await fetch(`${srv.url}${urlOf(op)}`, { method: op.method, headers, body: raw });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text(), label: `${op.key} ${label}` };
}

function callers(op: Operation): boolean[] {
  return rowOf(op).allowed.includes('anonymous') ? [true, false] : [true];
}

/** Collects what is wrong with an answer: a 5xx, a 4xx that is not problem+json, or internals in the body. */
function faults(a: Answer, sent: readonly string[] = []): string[] {
  const out: string[] = [];
  // What the client sent may be echoed back in a field message; only the rest can leak.
  const text = sent.reduce((t, s) => (s.length < 4 ? t : t.split(JSON.stringify(s).slice(1, -1)).join('')), a.text);
  if (a.status >= 500) out.push(`${a.label}: ${a.status} ${a.text.slice(0, 200)}`);
  // Pages for people (/certificates/…, /v/…) answer errors as HTML pages; the API always as problem+json.
  if (a.status >= 400 && a.label.includes(' /api/') && !a.type.startsWith('application/problem+json')) out.push(`${a.label}: ${a.status} as ${a.type}`);
  const leak = a.status >= 400 ? LEAK.exec(text) : null;
  if (leak !== null) out.push(`${a.label}: leaks internals ("${leak[0].slice(0, 80)}"): ${a.text.slice(0, 200)}`);
  return out;
}

function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [12345, true, [], { $ne: null }];
  if (typeof value === 'number') return ['12abc', -1e308, 1.5, null, '∞'];
  if (typeof value === 'boolean') return ['true', 0];
  if (Array.isArray(value)) return ['[]', { 0: 1 }];
  return ['x', 0, []];
}

describe('hostile input on every JSON route', () => {
  it('refuses malformed JSON, wrong types, huge and deeply nested bodies with a 4xx problem, changing nothing', async () => {
    const before = await rowCounts(srv.server.runtime.ctx);
    const bad: string[] = [];
    const huge = JSON.stringify({ name: 'x'.repeat(1_100_000) });
    await Promise.all(ops.map(async (op) => {
      for (const asAdmin of callers(op)) {
        const malformed = await post(op, '{"name": "unterminated', asAdmin, 'malformed JSON');
        const tooBig = await post(op, huge, asAdmin, 'body over 1 MiB');
        const firstField = Object.keys(op.jsonBody?.properties ?? {})[0] ?? 'x';
        const nested = await post(op, deeplyNested(20_000, firstField), asAdmin, `${firstField} nested 20000 deep`);
        const notObject = await post(op, '"just a string"', asAdmin, 'a bare string');
        for (const a of [malformed, tooBig, nested, notObject]) {
          bad.push(...faults(a));
          if (a.status < 400) bad.push(`${a.label}: accepted with ${a.status}`);
        }
        // EPCIS capture takes larger documents by design and refuses an invalid one with 400.
        if (tooBig.status !== 413 && !op.path.startsWith('/epcis/')) bad.push(`${tooBig.label}: ${tooBig.status}, expected 413`);
        const base = bodyFor(op, rowOf(op), world.ids, world.values);
        for (const [key, value] of Object.entries(base !== null && typeof base === 'object' ? base : {})) {
          for (const wrong of wrongTypes(value)) {
            const a = await post(op, JSON.stringify(withField(base, [key], wrong)), asAdmin, `${key}=${JSON.stringify(wrong)}`);
            bad.push(...faults(a));
            if (a.status < 400) bad.push(`${a.label}: accepted with ${a.status}`);
          }
        }
      }
    }));
    expect(bad).toEqual([]);
    expect(await rowCounts(srv.server.runtime.ctx)).toEqual(before);
  }, 120_000);

  it('takes SQL-ish, markup and unicode-edge text in every string field without a 5xx or a partial write', async () => {
    const bad: string[] = [];
    const samples = [...NASTY_STRINGS, ...randomStrings(6, 9)];
    for (const op of ops) {
      const fields = stringFields(op.jsonBody);
      if (fields.length === 0) continue;
      const base = bodyFor(op, rowOf(op), world.ids, world.values);
      for (let i = 0; i < samples.length; i += 1) {
        let body = base;
        fields.forEach((f, n) => {
          body = withField(body, f, samples[(i + n) % samples.length]);
        });
        for (const asAdmin of callers(op)) {
          const before = await rowCounts(srv.server.runtime.ctx);
          const a = await post(op, JSON.stringify(body), asAdmin, `sample ${i} in ${fields.map((f) => f.join('.')).join(',')}`);
          bad.push(...faults(a, samples));
          if (a.status >= 400) {
            const after = await rowCounts(srv.server.runtime.ctx);
            if (JSON.stringify(after) !== JSON.stringify(before)) bad.push(`${a.label}: refused with ${a.status} but rows changed`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  }, 180_000);

  it('refuses hostile path and query parameters on every route without a 5xx', async () => {
    const all = await fetchOperations(srv.url);
    const values = ["1 OR 1=1", '-1', '99999999999999999999', '../../etc/passwd', '<script>\u0000\u202E'];
    const bad: string[] = [];
    await Promise.all(all.map(async (op) => {
      const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
      for (const p of params) {
        for (const v of values) {
          const path = p.in === 'path' ? op.path.replace(`{${p.name}}`, encodeURIComponent(v)).replace(/\{[^}]+\}/g, '1') : `${op.path.replace(/\{[^}]+\}/g, '1')}?${p.name}=${encodeURIComponent(v)}`;
          const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : '{}';
          const headers = { authorization: `Bearer ${world.tokens.admin ?? ''}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
          try {
            const res = await fetch(`${srv.url}${path}`, { method: op.method, headers, body });
            const text = await res.text();
            bad.push(...faults({ status: res.status, type: res.headers.get('content-type') ?? '', text, label: `${op.method} ${path}` }));
          } catch (err) {
            bad.push(`${op.method} ${path}: connection failed (${err instanceof Error ? String(err.cause ?? err.message) : String(err)})`);
          }
        }
      }
    }));
    expect(bad).toEqual([]);
  }, 120_000);
});
