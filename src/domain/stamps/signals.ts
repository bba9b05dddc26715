import type { Text, Versioned } from '../evaluation/types.js';
import { haversineKm } from './geo.js';

// Counterfeit signals: patterns in a code's scan history that a copied stamp leaves and a
// genuine one rarely does (cloned QR scanned in many places, PIN scratched twice, serials guessed
// in bulk). Thresholds and wording are data (src/rules/stamps/signals.json, versioned) because
// the province tunes them; these evaluators only apply them. No I/O: the caller passes the
// history it read and stores what comes back.

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SIGNAL_KINDS = ['repeated-scans', 'impossible-travel', 'outside-market', 'pin-reuse', 'serial-probing'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

type RuleBase = { readonly enabled: boolean; readonly severity: Severity; readonly explanation: Text };

export type SignalRules = Versioned & {
  readonly source: string;
  readonly repeatedScans: RuleBase & { readonly maxScans: number; readonly windowHours: number };
  readonly impossibleTravel: RuleBase & { readonly maxSpeedKmh: number; readonly minDistanceKm: number; readonly lookbackHours: number };
  readonly outsideMarket: RuleBase;
  readonly pinReuse: RuleBase;
  readonly serialProbing: RuleBase & { readonly maxFailures: number; readonly windowMinutes: number };
  /** Signals at or above this severity turn the verdict into "possible counterfeit". */
  readonly counterfeitAtSeverity: Severity;
};

export type CoarseLocation = { readonly province: string | null; readonly lat?: number; readonly lon?: number };

/** One scan of one code. `pin-*` scans are the buyer entering the scratch-off PIN. */
export type Scan = {
  readonly at: string;
  readonly location: CoarseLocation;
  readonly outcome: 'viewed' | 'pin-correct' | 'pin-wrong';
};

export type Signal = {
  readonly kind: SignalKind;
  readonly severity: Severity;
  readonly explanation: Text;
  /** The numbers behind the explanation, for logs and dashboards. */
  readonly facts: Readonly<Record<string, string | number>>;
};

export type CodeContext = {
  /** Provinces the batch was shipped to; empty or absent = no market restriction. */
  readonly expectedProvinces?: readonly string[];
};

const HOUR = 3_600_000;
const time = (iso: string): number => Date.parse(iso);

/** Fills {name} placeholders in both languages. */
export function explain(template: Text, facts: Readonly<Record<string, string | number>>): Text {
  const fill = (s: string): string => s.replace(/\{(\w+)\}/g, (m: string, key: string) => (facts[key] === undefined ? m : String(facts[key])));
  return { vi: fill(template.vi), en: fill(template.en) };
}

function signal(kind: SignalKind, rule: RuleBase, facts: Record<string, string | number>): Signal {
  return { kind, severity: rule.severity, explanation: explain(rule.explanation, facts), facts };
}

/** More scans of one code within the window than a shop and its buyers would make. */
export function repeatedScans(history: readonly Scan[], scan: Scan, rules: SignalRules): Signal | undefined {
  const rule = rules.repeatedScans;
  if (!rule.enabled) return undefined;
  const now = time(scan.at);
  const from = now - rule.windowHours * HOUR;
  const count = 1 + history.filter((s) => time(s.at) > from && time(s.at) <= now).length;
  return count > rule.maxScans ? signal('repeated-scans', rule, { count, hours: rule.windowHours, max: rule.maxScans }) : undefined;
}

/** Two scans of the same code further apart than anyone could travel in the time between them. */
export function impossibleTravel(history: readonly Scan[], scan: Scan, rules: SignalRules): Signal | undefined {
  const rule = rules.impossibleTravel;
  const here = position(scan.location);
  if (!rule.enabled || here === undefined) return undefined;
  const now = time(scan.at);
  let worst: { speed: number; km: number; minutes: number; province: string } | undefined;
  for (const past of history) {
    const there = position(past.location);
    const dt = now - time(past.at);
    if (there === undefined || dt < 0 || dt > rule.lookbackHours * HOUR) continue;
    const km = haversineKm(here, there);
    const speed = dt === 0 ? Number.POSITIVE_INFINITY : km / (dt / HOUR);
    if (km >= rule.minDistanceKm && speed > rule.maxSpeedKmh && (worst === undefined || speed > worst.speed)) {
      worst = { speed, km, minutes: Math.round(dt / 60_000), province: past.location.province ?? '?' };
    }
  }
  if (worst === undefined) return undefined;
  const speedKmh = Number.isFinite(worst.speed) ? Math.round(worst.speed) : '∞';
  return signal('impossible-travel', rule, { distanceKm: Math.round(worst.km), minutes: worst.minutes, speedKmh, previousProvince: worst.province, province: scan.location.province ?? '?' });
}

function position(l: CoarseLocation): { lat: number; lon: number } | undefined {
  return l.lat === undefined || l.lon === undefined ? undefined : { lat: l.lat, lon: l.lon };
}

/** A scan in a province the batch was not shipped to (diversion or a copy). */
export function outsideMarket(scan: Scan, context: CodeContext, rules: SignalRules): Signal | undefined {
  const rule = rules.outsideMarket;
  const expected = context.expectedProvinces ?? [];
  const province = scan.location.province;
  if (!rule.enabled || expected.length === 0 || province === null || expected.includes(province)) return undefined;
  return signal('outside-market', rule, { province, expected: expected.join(', ') });
}

/** The scratch-off PIN used again after a successful check: the PIN was meant to be used once. */
export function pinReuse(history: readonly Scan[], scan: Scan, rules: SignalRules): Signal | undefined {
  const rule = rules.pinReuse;
  if (!rule.enabled || scan.outcome !== 'pin-correct') return undefined;
  const first = history.filter((s) => s.outcome === 'pin-correct' && time(s.at) <= time(scan.at)).sort((a, b) => time(a.at) - time(b.at))[0];
  return first === undefined ? undefined : signal('pin-reuse', rule, { firstAt: first.at, firstProvince: first.location.province ?? '?' });
}

/** Every code signal for a new scan, given that code's earlier scans. */
export function evaluateCodeSignals(history: readonly Scan[], scan: Scan, context: CodeContext, rules: SignalRules): Signal[] {
  const found = [
    repeatedScans(history, scan, rules),
    impossibleTravel(history, scan, rules),
    outsideMarket(scan, context, rules),
    pinReuse(history, scan, rules),
  ];
  return found.filter((s): s is Signal => s !== undefined);
}

/** What one client's lookup found; failures are codes the platform never issued or has voided. */
export type ClientLookup = { readonly at: string; readonly result: 'found' | 'unknown' | 'voided' | 'malformed' };

/** Many unknown or voided codes from one client: someone guessing serials. */
export function serialProbing(lookups: readonly ClientLookup[], current: ClientLookup, rules: SignalRules): Signal | undefined {
  const rule = rules.serialProbing;
  if (!rule.enabled) return undefined;
  const now = time(current.at);
  const from = now - rule.windowMinutes * 60_000;
  const failed = (l: ClientLookup): boolean => l.result !== 'found';
  const failures = lookups.filter((l) => failed(l) && time(l.at) > from && time(l.at) <= now).length + (failed(current) ? 1 : 0);
  return failures > rule.maxFailures ? signal('serial-probing', rule, { failures, minutes: rule.windowMinutes, max: rule.maxFailures }) : undefined;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return rank(severity) >= rank(threshold);
}

/** Signals most severe first (stable otherwise). */
export function bySeverity(signals: readonly Signal[]): Signal[] {
  return [...signals].sort((a, b) => rank(b.severity) - rank(a.severity));
}
