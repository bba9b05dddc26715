import { addScanDaily, addScanMonthly, stampOwners, type ScanCounters } from '../../db/repositories/dashboard-rollups.js';
import type { ScanOutcome } from '../../db/schema-stamps.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { Tx } from '../context.js';

// Adds a flushed batch of scans to the dashboard's rollups, inside the flush's transaction, so
// the rollups never disagree with the scan log. Scans of unknown serials belong to no product and
// are not rolled up (the scan log keeps them for the counterfeit signals).

export type RollupScan = { readonly at: string; readonly stampId: number | null; readonly outcome: ScanOutcome };

function bump(map: Map<string, ScanCounters>, key: string, outcome: ScanOutcome): void {
  const c = map.get(key) ?? { scans: 0, pinChecks: 0, pinFailures: 0 };
  c.scans += 1;
  if (outcome !== 'viewed') c.pinChecks += 1;
  if (outcome === 'pin-wrong') c.pinFailures += 1;
  map.set(key, c);
}

export async function rollUpScans(trx: Tx, scans: readonly RollupScan[]): Promise<void> {
  const ids = [...new Set(scans.flatMap((s) => (s.stampId === null ? [] : [s.stampId])))];
  const owners = new Map((await stampOwners(trx, ids)).map((o) => [o.stampId, o]));
  const daily = new Map<string, ScanCounters>();
  const monthly = new Map<string, ScanCounters>();
  for (const s of scans) {
    const owner = s.stampId === null ? undefined : owners.get(s.stampId);
    if (owner === undefined) continue;
    const day = vietnamDay(new Date(s.at));
    bump(daily, `${day}|${owner.productId}|${owner.batchId}`, s.outcome);
    bump(monthly, `${day.slice(0, 7)}|${owner.productId}`, s.outcome);
  }
  for (const [key, c] of daily) {
    const [day = '', product = '0', batch = '0'] = key.split('|');
    await addScanDaily(trx, day, Number(product), Number(batch), c);
  }
  for (const [key, c] of monthly) {
    const [month = '', product = '0'] = key.split('|');
    await addScanMonthly(trx, month, Number(product), c);
  }
}
