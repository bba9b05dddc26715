import { type DossierWorkflow, waitingOn } from './dossier-states.js';
import type { DossierState, WaitingOn } from './types.js';

// Who the dossier has been waiting on. Every state says whose move it is (dossier-workflow
// .json: waitingOn), so the time between two entries of the history belongs to the party the
// earlier entry handed the dossier to. The clock starts at the first submission: the time a
// producer spends preparing a first draft is its own business, while a draft the commune
// returned is time waiting on the producer. Days are elapsed time (24 h), not working days.

/** One entry of a dossier's history: it entered `to` at `at` (ISO 8601 timestamp). */
export type DossierHistoryEntry = { readonly to: DossierState; readonly at: string };

export type DossierClock = {
  /** When the clock started (first submission), or null if never submitted. */
  readonly startedAt: string | null;
  readonly producerDays: number;
  readonly officialsDays: number;
  /** Time spent in each state since the clock started, in days. */
  readonly daysByState: Readonly<Partial<Record<DossierState, number>>>;
  /** Whose move it is at `asOf`. */
  readonly nowWaitingOn: WaitingOn;
};

const DAY_MS = 86_400_000;

function toMs(at: string): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`Not a timestamp: "${at}"`);
  return ms;
}

type Segment = { readonly state: DossierState; readonly ms: number };

/** The time spent in each entry of the history, checked to be in order and not after asOf. */
function segments(history: readonly DossierHistoryEntry[], asOf: string): Segment[] {
  const end = toMs(asOf);
  return history.map((entry, i) => {
    const next = history[i + 1];
    const ms = (next === undefined ? end : toMs(next.at)) - toMs(entry.at);
    if (ms < 0) throw new RangeError(`dossier history is out of order, or later than asOf, at entry ${i}`);
    return { state: entry.to, ms };
  });
}

/**
 * Splits the time from the first submission to `asOf` between producer and officials.
 * Throws RangeError when the history is out of order or ends after `asOf`.
 */
export function dossierClock(w: DossierWorkflow, history: readonly DossierHistoryEntry[], asOf: string): DossierClock {
  const all = segments(history, asOf);
  const start = history.findIndex((h) => h.to === 'submitted');
  const counted = start < 0 ? [] : all.slice(start);
  const spent: Record<WaitingOn, number> = { producer: 0, officials: 0, nobody: 0 };
  const byState: Partial<Record<DossierState, number>> = {};
  for (const { state, ms } of counted) {
    spent[waitingOn(w, state)] += ms;
    byState[state] = (byState[state] ?? 0) + ms / DAY_MS;
  }
  const last = history[history.length - 1];
  return {
    startedAt: history[start]?.at ?? null,
    producerDays: spent.producer / DAY_MS,
    officialsDays: spent.officials / DAY_MS,
    daysByState: byState,
    nowWaitingOn: last === undefined ? 'producer' : waitingOn(w, last.to),
  };
}
