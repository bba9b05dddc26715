import { type ClientLookup, type Signal, type SignalRules, serialProbing } from '../../domain/stamps/signals.js';

// Failed lookups (unknown, voided or malformed codes) per client address, in memory: enough to
// answer 429 to someone guessing serials and to raise a serial-probing signal, without writing
// anything per request. Bounded: the least recently seen clients are forgotten first. Each app
// instance counts its own clients (a shared store would be needed behind a load balancer that
// spreads one client over several instances).

export type ProbeTracker = {
  /** Records one lookup; returns the serial-probing signal when the rule fires. */
  record(client: string, lookup: ClientLookup, rules: SignalRules): Signal | undefined;
  /** True when the client has failed more lookups than allowed in the window. */
  blocked(client: string, nowMs: number): boolean;
  /** Seconds until the oldest counted failure leaves the window. */
  retryAfter(client: string, nowMs: number): number;
};

export type ProbeLimits = { maxFailures: number; windowMinutes: number; maxClients?: number };

export function createProbeTracker(limits: ProbeLimits): ProbeTracker {
  const failures = new Map<string, number[]>();
  const maxClients = limits.maxClients ?? 50_000;
  const keepMs = Math.max(limits.windowMinutes, 60) * 60_000;

  function recent(client: string, nowMs: number, windowMs: number): number[] {
    return (failures.get(client) ?? []).filter((t) => t > nowMs - windowMs && t <= nowMs);
  }

  function remember(client: string, at: number): void {
    const kept = recent(client, at, keepMs);
    kept.push(at);
    failures.delete(client);
    failures.set(client, kept.slice(-1000));
    if (failures.size > maxClients) {
      const oldest = failures.keys().next();
      if (oldest.done !== true) failures.delete(oldest.value);
    }
  }

  return {
    record(client, lookup, rules) {
      const at = Date.parse(lookup.at);
      const earlier: ClientLookup[] = recent(client, at, rules.serialProbing.windowMinutes * 60_000).map((t) => ({ at: new Date(t).toISOString(), result: 'unknown' }));
      if (lookup.result !== 'found') remember(client, at);
      return serialProbing(earlier, lookup, rules);
    },
    blocked(client, nowMs) {
      return recent(client, nowMs, limits.windowMinutes * 60_000).length >= limits.maxFailures;
    },
    retryAfter(client, nowMs) {
      const first = recent(client, nowMs, limits.windowMinutes * 60_000)[0];
      return first === undefined ? 1 : Math.max(1, Math.ceil((first + limits.windowMinutes * 60_000 - nowMs) / 1000));
    },
  };
}
