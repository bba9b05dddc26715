import fc from 'fast-check';
import { sql } from 'kysely';
import type { ServiceContext } from '../../src/services/context.js';

// Strings an attacker (or a careless spreadsheet) sends: SQL fragments, markup, template syntax,
// and unicode edge cases. Used by the hostile-input tests in every text field of every route.

export const NASTY_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "1; DROP TABLE product; --",
  "') UNION SELECT password_hash FROM app_user --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '{{7*7}}${7*7}<%= 7*7 %>',
  'e\u0301\u0301\u0301\u0301\u0301 Z\u0351\u0352\u0353\u0354',
  '\u202Egpj.exe \u202B\u0645\u0631\u062D\u0628\u0627\u202C',
  'a\u0000b',
  '\ud800 lone \udfff',
  '\uFEFF\u200B\u200D zero width',
  '𝕏🏳️‍🌈👨‍👩‍👧‍👦',
  'x'.repeat(100_000),
  '',
  '   ',
  '../../../../etc/passwd',
  '%00%27%22%3Cscript%3E',
];

/** More strings from fast-check: arbitrary code points, graphemes and mixed payloads (seeded, so runs repeat). */
export function randomStrings(count: number, seed: number): string[] {
  const arb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.constantFrom(...NASTY_STRINGS).chain((s) => fc.string({ maxLength: 20 }).map((t) => `${t}${s}${t}`)),
  );
  return fc.sample(arb, { numRuns: count, seed });
}

/** A document whose `key` is nested `depth` arrays deep: `{"key":[[[…]]]}`. */
export function deeplyNested(depth: number, key = 'x'): string {
  return `{${JSON.stringify(key)}:${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** Tables whose rows a refused request must never change. */
export const CRITICAL_TABLES = [
  'app_user', 'producer', 'product', 'product_image', 'dossier', 'certificate', 'stamp_batch', 'lot', 'council',
  'product_idea', 'business_plan', 'support_activity', 'audit_log', 'api_token',
] as const;

export async function rowCounts(ctx: ServiceContext): Promise<Record<string, number>> {
  const parts = CRITICAL_TABLES.map((t) => `(select count(*) from ${t}) as ${t}`).join(', ');
  const result = await sql.raw<Record<string, number | string>>(`select ${parts}`).execute(ctx.db);
  const row = result.rows[0] ?? {};
  return Object.fromEntries(CRITICAL_TABLES.map((t) => [t, Number(row[t] ?? -1)]));
}

/** Anything in an error body that belongs in a log, not in front of a client. */
export const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|\bselect\b.+\bfrom\b|\binsert into\b|\bsqlite\b|SqliteError|syntax error at|violates .* constraint|\bstack\b/i;

/** Sets `value` at a property path inside a copy of `body`. */
export function withField(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const base = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  return { ...base, [head ?? '']: withField(base[head ?? ''], rest, value) };
}
