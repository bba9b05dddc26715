import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Operational limits of the stamp service, as reviewed data (stamp-policy.json): batch size,
// issuing chunk, PIN length and lock-out, PIN key ids, scan-log flushing and the per-client
// limit on failed lookups. Checked on load; a bad edit stops the program naming the field.

const PolicySchema = z.strictObject({
  note: z.string(),
  maxQuantity: z.int().min(1).max(10_000_000),
  /** Codes per transaction. SQLite writes synchronously on the one connection, so its chunks stay small enough (~50 ms) not to stall verify requests. */
  issueChunkSize: z.strictObject({ sqlite: z.int().min(100).max(100_000), postgres: z.int().min(100).max(100_000) }),
  pinDigits: z.int().min(6).max(8),
  maxPinFailures: z.int().min(1).max(100),
  pinKeys: z.strictObject({ current: z.string().regex(/^[a-z0-9-]+$/), ids: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1) }),
  pinFormTokenMinutes: z.int().min(1),
  scanFlushMs: z.int().min(5).max(5000),
  scanFlushRows: z.int().min(1),
  scanQueueLimit: z.int().min(100),
  lookupLimit: z.strictObject({ maxFailures: z.int().min(1), windowMinutes: z.number().positive() }),
  maxListedSerials: z.int().min(1),
}).refine((p) => p.pinKeys.ids.includes(p.pinKeys.current), { message: 'pinKeys.current must be one of pinKeys.ids', path: ['pinKeys', 'current'] });

export type StampPolicy = z.infer<typeof PolicySchema>;

let policy: StampPolicy | undefined;

export function stampPolicy(): StampPolicy {
  if (policy === undefined) {
    const raw: unknown = JSON.parse(readFileSync(new URL('./stamp-policy.json', import.meta.url), 'utf8'));
    const parsed = PolicySchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Invalid stamp-policy.json:\n${z.prettifyError(parsed.error)}`);
    policy = parsed.data;
  }
  return policy;
}
