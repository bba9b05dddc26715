import { z } from 'zod';
import type { AlertRow } from '../../db/repositories/alerts.js';
import { ALERT_STATUSES } from '../../db/schema-stamps.js';
import { SEVERITIES, SIGNAL_KINDS } from '../../domain/stamps/signals.js';

export const AlertOutput = z.object({
  id: z.number().int(),
  kind: z.enum(SIGNAL_KINDS),
  severity: z.enum(SEVERITIES),
  stampId: z.number().int().nullable(),
  producerId: z.number().int().nullable().describe('null: an office alert (serial probing from one client)'),
  explanation: z.object({ vi: z.string(), en: z.string() }),
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
  rulesVersion: z.string(),
  count: z.number().int().describe('signals folded into this alert'),
  firstSeen: z.string(),
  lastSeen: z.string(),
  status: z.enum(ALERT_STATUSES),
  note: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type AlertView = z.infer<typeof AlertOutput>;

export const AlertListQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  kind: z.enum(SIGNAL_KINDS).optional(),
  producerId: z.coerce.number().int().positive().optional(),
});
export type AlertListQuery = z.infer<typeof AlertListQuery>;

export const AlertNoteInput = z.object({ note: z.string().trim().min(1).max(2000) });
export const AlertAckInput = z.object({ note: z.string().trim().min(1).max(2000).optional() });

const Facts = z.record(z.string(), z.union([z.string(), z.number()]));
const kindOf = (k: string) => SIGNAL_KINDS.find((x) => x === k) ?? 'repeated-scans';
const severityOf = (s: string) => SEVERITIES.find((x) => x === s) ?? 'low';

export function presentAlert(a: AlertRow): AlertView {
  const facts = Facts.safeParse(JSON.parse(a.facts));
  return {
    id: a.id, kind: kindOf(a.kind), severity: severityOf(a.severity), stampId: a.stamp_id, producerId: a.producer_id,
    explanation: { vi: a.explanation_vi, en: a.explanation_en }, facts: facts.success ? facts.data : {}, rulesVersion: a.rules_version,
    count: a.count, firstSeen: a.first_seen, lastSeen: a.last_seen, status: a.status, note: a.note, acknowledgedAt: a.acknowledged_at, closedAt: a.closed_at,
  };
}
