import { z } from 'zod';
import type { CaptureJobRow } from '../../db/repositories/epcis-capture-jobs.js';

// A capture job as the REST binding's CaptureJob (captureID, createdAt, finishedAt, running,
// success, captureErrorBehaviour, errors as RFC 9457 problems), plus the event counts.

export const CaptureJobOutput = z.object({
  captureID: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  running: z.boolean(),
  success: z.boolean(),
  captureErrorBehaviour: z.enum(['rollback', 'proceed']),
  errors: z.array(z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string().optional() })),
  eventCount: z.number().int().describe('Events in the captured document'),
  storedCount: z.number().int().describe('Events stored by this job'),
  duplicateCount: z.number().int().describe('Events already in the repository (same eventID or event hash): not stored again'),
});
export type CaptureJobView = z.infer<typeof CaptureJobOutput>;

export type CaptureIssue = { readonly path: string; readonly message: string };

function issuesOf(json: string): CaptureIssue[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((x: unknown) =>
    typeof x === 'object' && x !== null && 'path' in x && 'message' in x && typeof x.path === 'string' && typeof x.message === 'string'
      ? [{ path: x.path, message: x.message }] : []);
}

export function presentCaptureJob(row: CaptureJobRow): CaptureJobView {
  return {
    captureID: String(row.id),
    createdAt: row.created_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    running: row.status === 'running',
    success: row.status !== 'error',
    captureErrorBehaviour: row.error_behaviour,
    errors: issuesOf(row.errors).map((i) => ({
      type: 'epcisException:ValidationException', title: 'Invalid event', status: 400, detail: `${i.path}: ${i.message}`, instance: i.path,
    })),
    eventCount: row.event_count,
    storedCount: row.stored_count,
    duplicateCount: row.duplicate_count,
  };
}
