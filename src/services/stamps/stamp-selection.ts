import type { Kysely } from 'kysely';
import { findBatch } from '../../db/repositories/stamp-batches.js';
import { type StampSelection, type StampWithBatch, stampsBySerials } from '../../db/repositories/stamps.js';
import type { DB } from '../../db/schema.js';
import { normaliseSerialInput } from '../../domain/stamps/serial.js';
import { type FieldIssue, invalid } from '../errors.js';
import type { StampSelectionInput } from './lot-input.js';

// Turns what a producer typed (a label-number range in a batch, two serials, a list of serials)
// into a selection the repository updates in one statement, after checking that every code is
// issued and belongs to one product (the caller checks that product against the lot and scope).

export type ResolvedSelection = { selection: StampSelection; productIds: number[]; producerBatchIds: number[]; size: number };

const problem = (path: string, message: string, issues: FieldIssue[] = [{ path, message }]) => invalid(`The codes cannot be selected: ${message}`, issues);

async function byPositions(db: Kysely<DB>, batchId: number, from: number, to: number, path: string): Promise<ResolvedSelection> {
  const batch = await findBatch(db, batchId);
  if (batch === undefined) throw problem(`${path}.batchId`, 'no such batch');
  if (batch.status !== 'issued') throw problem(`${path}.batchId`, `the batch is ${batch.status}, not issued`);
  if (to > batch.quantity) throw problem(`${path}.toPosition`, `the batch has ${batch.quantity} codes`);
  return { selection: { batchId, from: from - 1, to: to - 1 }, productIds: [batch.product_id], producerBatchIds: [batch.id], size: to - from + 1 };
}

async function bySerials(db: Kysely<DB>, typed: string[], path: string): Promise<StampWithBatch[]> {
  const serials = typed.map(normaliseSerialInput);
  const rows = await stampsBySerials(db, [...new Set(serials)]);
  const known = new Map(rows.map((r) => [r.serial, r]));
  const issues = serials.flatMap((s, i) => (known.get(s)?.batch_status === 'issued' ? [] : [{ path: `${path}.${i}`, message: 'no issued stamp has this serial' }]));
  if (issues.length > 0) throw problem(path, `${issues.length} serial(s) unknown`, issues.slice(0, 50));
  return rows;
}

export async function resolveSelection(db: Kysely<DB>, s: StampSelectionInput, path: string): Promise<ResolvedSelection> {
  if (s.serials !== undefined) {
    const rows = await bySerials(db, s.serials, `${path}.serials`);
    return { selection: { ids: rows.map((r) => r.id) }, productIds: [...new Set(rows.map((r) => r.product_id))], producerBatchIds: [...new Set(rows.map((r) => r.batch_id))], size: rows.length };
  }
  if (s.fromSerial !== undefined && s.toSerial !== undefined) {
    const [a, b] = await Promise.all([bySerials(db, [s.fromSerial], `${path}.fromSerial`), bySerials(db, [s.toSerial], `${path}.toSerial`)]);
    const first = a[0];
    const last = b[0];
    if (first === undefined || last === undefined) throw problem(path, 'unknown serial');
    if (first.batch_id !== last.batch_id) throw problem(`${path}.toSerial`, 'both serials must be of the same batch');
    const [lo, hi] = first.position <= last.position ? [first, last] : [last, first];
    return byPositions(db, first.batch_id, lo.position + 1, hi.position + 1, path);
  }
  if (s.batchId === undefined || s.fromPosition === undefined || s.toPosition === undefined) throw problem(path, 'incomplete selection');
  return byPositions(db, s.batchId, s.fromPosition, s.toPosition, path);
}
