// Turns an audit entry's before/after snapshots into the list of fields that changed,
// which is what an admin reading the log wants, instead of two full JSON blobs.

export type Snapshot = Record<string, unknown> | null | undefined;

export type FieldChange = {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
};

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Fields in `after` order first, then fields that only `before` had. */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  const old = before ?? {};
  const next = after ?? {};
  const fields = [...new Set([...Object.keys(next), ...Object.keys(old)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const inOld = Object.hasOwn(old, field);
    const inNext = Object.hasOwn(next, field);
    if (inOld && inNext && same(old[field], next[field])) continue;
    const kind = !inOld ? 'added' : !inNext ? 'removed' : 'changed';
    changes.push({ field, kind, before: old[field], after: next[field] });
  }
  return changes;
}

/** A short, readable rendering of one value; `empty` stands for null and missing. */
export function formatValue(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
