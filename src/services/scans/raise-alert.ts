import type { Kysely } from 'kysely';
import { bumpAlert, findOpenAlert, insertAlert } from '../../db/repositories/alerts.js';
import type { DB } from '../../db/schema.js';
import type { Signal } from '../../domain/stamps/signals.js';
import { notifyStampEvent } from '../stamps/stamp-notices.js';

// A counterfeit signal becomes an alert for the producer and the province office. While an
// alert of the same kind for the same stamp (or, for serial probing, the same client) is open or
// acknowledged, further signals only count up and move "last seen"; a closed alert stays closed
// and a new one opens.

export type AlertSubject = { stampId: number | null; producerId: number | null; clientKey: string | null; serial: string | null };

export async function raiseAlert(db: Kysely<DB>, signal: Signal, subject: AlertSubject, rulesVersion: string, at: string): Promise<'created' | 'counted'> {
  const facts = JSON.stringify(subject.serial === null ? signal.facts : { ...signal.facts, serial: subject.serial });
  const open = await findOpenAlert(db, { kind: signal.kind, stampId: subject.stampId, clientKey: subject.clientKey });
  if (open !== undefined) {
    await bumpAlert(db, open.id, at, facts, signal.explanation);
    return 'counted';
  }
  const row = await insertAlert(db, {
    kind: signal.kind, severity: signal.severity, stamp_id: subject.stampId, producer_id: subject.producerId, client_key: subject.clientKey,
    explanation_vi: signal.explanation.vi, explanation_en: signal.explanation.en, facts, rules_version: rulesVersion,
    count: 1, first_seen: at, last_seen: at, status: 'open', note: null, acknowledged_by: null, acknowledged_at: null, closed_by: null, closed_at: null,
  });
  const what = subject.serial === null ? '' : ` (${subject.serial})`;
  await notifyStampEvent(db, {
    kind: `stamp.alert.${signal.kind}`, producerId: subject.producerId, audiences: subject.producerId === null ? ['office'] : ['producer', 'office'],
    actorId: null, at, link: `/portal/stamps/alerts/${row.id}`,
    title: { vi: `Cảnh báo tem${what}: ${signal.explanation.vi}`, en: `Stamp alert${what}: ${signal.explanation.en}` },
  });
  return 'created';
}
