import type { Engine } from '../../db/database.js';
import { addScanCountsBatch } from '../../db/repositories/stamps.js';
import { type ScanHistoryRow, insertScans, scansSince } from '../../db/repositories/scans.js';
import type { ClientClass, ScanOutcome, ScanResult } from '../../db/schema-stamps.js';
import { type Scan, type Signal, evaluateCodeSignals } from '../../domain/stamps/signals.js';
import { signalRulesOn } from '../../rules/stamps/index.js';
import type { ServiceContext, Tx } from '../context.js';
import { rollUpScans } from '../dashboard/roll-up-scans.js';
import { locationOf } from './provinces.js';
import { raiseAlert } from './raise-alert.js';

// Writes a batch of buffered scans in one transaction: the scan rows, each stamp's counters
// (count, first scan), and the alerts the counterfeit-signal rules raise on them, evaluated
// against each stamp's recent history as it stood before this batch plus the batch's earlier
// scans. Runs off the request path (the scan queue calls it every ~75 ms).

export type PendingScan = {
  readonly at: string;
  readonly stampId: number | null;
  readonly serial: string;
  readonly result: ScanResult;
  readonly outcome: ScanOutcome;
  readonly province: string | null;
  readonly clientClass: ClientClass;
  readonly producerId: number | null;
  readonly expectedProvinces: readonly string[];
};

export type PendingAlert = { readonly signal: Signal; readonly clientKey: string; readonly at: string };

const HOUR = 3_600_000;

export const asScan = (r: Pick<ScanHistoryRow, 'at' | 'province' | 'outcome'>): Scan => ({ at: r.at, location: locationOf(r.province), outcome: r.outcome });

async function histories(trx: Tx, scans: readonly PendingScan[], lookbackHours: number): Promise<Map<number, Scan[]>> {
  const ids = [...new Set(scans.flatMap((s) => (s.stampId === null ? [] : [s.stampId])))];
  const earliest = scans.reduce((m, s) => (s.at < m ? s.at : m), scans[0]?.at ?? new Date().toISOString());
  const rows = await scansSince(trx, ids, new Date(Date.parse(earliest) - lookbackHours * HOUR).toISOString(), 5000);
  const out = new Map<number, Scan[]>(ids.map((id) => [id, []]));
  for (const r of rows) if (r.stamp_id !== null) out.get(r.stamp_id)?.push(asScan(r));
  return out;
}

async function countPerStamp(trx: Tx, engine: Engine, scans: readonly PendingScan[]): Promise<void> {
  const first = new Map<number, { n: number; at: string; province: string | null }>();
  for (const s of scans) {
    if (s.stampId === null) continue;
    const seen = first.get(s.stampId);
    if (seen === undefined) first.set(s.stampId, { n: 1, at: s.at, province: s.province });
    else seen.n += 1;
  }
  await addScanCountsBatch(trx, engine, [...first].map(([stampId, c]) => ({ stampId, n: c.n, firstAt: c.at, firstProvince: c.province })));
}

export async function flushScans(ctx: ServiceContext, opts: { scans: readonly PendingScan[]; alerts: readonly PendingAlert[] }): Promise<void> {
  const now = ctx.now().toISOString();
  const rules = signalRulesOn(now.slice(0, 10));
  const lookback = Math.max(rules.impossibleTravel.lookbackHours, rules.repeatedScans.windowHours);
  await ctx.db.transaction().execute(async (trx) => {
    const history = await histories(trx, opts.scans, lookback);
    await insertScans(trx, opts.scans.map((s) => ({ at: s.at, stamp_id: s.stampId, serial: s.serial, result: s.result, outcome: s.outcome, province: s.province, client_class: s.clientClass })));
    await countPerStamp(trx, ctx.engine, opts.scans);
    await rollUpScans(trx, opts.scans);
    for (const s of opts.scans) {
      const past = s.stampId === null ? undefined : history.get(s.stampId);
      if (past === undefined || s.result !== 'found') continue;
      const scan: Scan = { at: s.at, location: locationOf(s.province), outcome: s.outcome };
      for (const signal of evaluateCodeSignals(past, scan, { expectedProvinces: s.expectedProvinces }, rules)) {
        await raiseAlert(trx, signal, { stampId: s.stampId, producerId: s.producerId, clientKey: null, serial: s.serial }, rules.id, s.at);
      }
      past.push(scan);
    }
    for (const a of opts.alerts) await raiseAlert(trx, a.signal, { stampId: null, producerId: null, clientKey: a.clientKey, serial: null }, rules.id, a.at);
  });
}
