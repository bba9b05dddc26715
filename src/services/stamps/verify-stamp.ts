import { findVisibleStamp } from '../../db/repositories/stamps.js';
import type { ScanOutcome, ScanResult } from '../../db/schema-stamps.js';
import { type Scan, type SignalRules, evaluateCodeSignals } from '../../domain/stamps/signals.js';
import { type SerialProblem, normaliseSerialInput, serialProblem } from '../../domain/stamps/serial.js';
import { verdictFor } from '../../domain/stamps/verdict.js';
import { signalRulesOn } from '../../rules/stamps/index.js';
import type { ServiceContext } from '../context.js';
import { stampJourney } from '../epcis/timeline-stamp.js';
import type { ClientKind } from '../scans/client-class.js';
import { locationOf } from '../scans/provinces.js';
import { parseProvinces } from './batch-output.js';
import { type StampFacts, loadStampFacts } from './stamp-facts.js';
import type { StampRuntime } from './stamp-runtime.js';
import { stampPolicy } from './stamp-policy.js';
import type { VerifyView } from './verify-output.js';
import { stampView, unknownView } from './verify-view.js';

// Verifying one scanned code: the verdict is decided now, from the code, the product's
// certificate and the counterfeit signals of this scan against the code's recent history; the
// scan itself is queued for the log (robots excepted). Failed lookups count against the client
// for the serial-probing rule and the 429 limit.

export type ScanClient = { readonly kind: ClientKind; readonly key: string; readonly province: string | null };

export type VerifyOptions = {
  readonly stamps: Pick<StampRuntime, 'scans' | 'probes'>;
  readonly serial: string;
  readonly client: ScanClient;
  /** 'pin-correct' when this view follows a correct PIN that had been used before. */
  readonly outcome?: ScanOutcome;
  /** False when the scan was already queued (the page after a PIN check). */
  readonly record?: boolean;
};

export type VerifyAnswer =
  | { readonly kind: 'malformed'; readonly serial: string; readonly problem: SerialProblem }
  | { readonly kind: 'blocked'; readonly retryAfter: number }
  | { readonly kind: 'unknown'; readonly view: VerifyView }
  | { readonly kind: 'found'; readonly view: VerifyView; readonly facts: StampFacts };

/** Counts a lookup against the client; a serial-probing signal goes to the alert queue. */
export function countLookup(opts: VerifyOptions, rules: SignalRules, at: string, result: ScanResult | 'malformed'): void {
  const signal = opts.stamps.probes.record(opts.client.key, { at, result }, rules);
  if (signal !== undefined) opts.stamps.scans.raise({ signal, clientKey: opts.client.key, at });
}

export function queueScan(opts: VerifyOptions, scan: { at: string; serial: string; stampId: number | null; result: ScanResult; outcome: ScanOutcome; producerId: number | null; expectedProvinces: readonly string[] }): void {
  if (opts.client.kind === 'bot' || opts.record === false) return;
  opts.stamps.scans.push({ ...scan, province: opts.client.province, clientClass: opts.client.kind });
}

function decide(facts: StampFacts, scan: Scan, rules: SignalRules, expectedProvinces: readonly string[]) {
  const signals = facts.stamp.status === 'voided' ? [] : evaluateCodeSignals(facts.history, scan, { expectedProvinces }, rules);
  const certificate = facts.certificate.state === 'valid' || facts.certificate.state === 'revoked' ? facts.certificate.state : 'expired';
  return verdictFor({ code: facts.stamp.status === 'voided' ? 'voided' : 'active', certificate, signals }, rules.counterfeitAtSeverity);
}

export async function verifyStamp(ctx: ServiceContext, opts: VerifyOptions): Promise<VerifyAnswer> {
  const now = ctx.now();
  const at = now.toISOString();
  const rules = signalRulesOn(at.slice(0, 10));
  if (opts.stamps.probes.blocked(opts.client.key, now.getTime())) return { kind: 'blocked', retryAfter: opts.stamps.probes.retryAfter(opts.client.key, now.getTime()) };
  const serial = normaliseSerialInput(opts.serial);
  const problem = serialProblem(serial);
  if (problem !== undefined) {
    countLookup(opts, rules, at, 'malformed');
    return { kind: 'malformed', serial, problem };
  }
  const stamp = await findVisibleStamp(ctx.readDb, serial);
  const facts = stamp === undefined ? undefined : await loadStampFacts(ctx, stamp, Math.max(rules.impossibleTravel.lookbackHours, rules.repeatedScans.windowHours));
  if (facts === undefined) {
    countLookup(opts, rules, at, 'unknown');
    queueScan(opts, { at, serial, stampId: null, result: 'unknown', outcome: 'viewed', producerId: null, expectedProvinces: [] });
    return { kind: 'unknown', view: unknownView(serial) };
  }
  const result = facts.stamp.status === 'voided' ? 'voided' : 'found';
  countLookup(opts, rules, at, result);
  const outcome = opts.outcome ?? 'viewed';
  const expectedProvinces = parseProvinces(facts.stamp.expected_provinces);
  const verdict = decide(facts, { at, location: locationOf(opts.client.province), outcome }, rules, expectedProvinces);
  queueScan(opts, { at, serial, stampId: facts.stamp.id, result, outcome, producerId: facts.producer.id, expectedProvinces });
  const counted = opts.client.kind !== 'bot' && opts.record !== false;
  const journey = await stampJourney(ctx.readDb, ctx.publicUrl, { serial, lotId: facts.stamp.lot_id, lotCode: facts.stamp.lot_code, productId: facts.product.id, gtin: facts.product.gtin });
  const view = stampView({ facts, verdict, publicUrl: ctx.publicUrl, maxPinFailures: stampPolicy().maxPinFailures, thisScan: counted ? { at, province: opts.client.province } : undefined, journey });
  return { kind: 'found', view, facts };
}
