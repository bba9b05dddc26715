import { describe, expect, it } from 'vitest';
import { dossierWorkflowOn } from '../../rules/evaluation/index.js';
import { type DossierHistoryEntry, dossierClock } from './dossier-clock.js';

// Durations worked out by hand from the timestamps below.

const w = dossierWorkflowOn('2026-06-01');
const at = (day: number, hour = 8): string => `2026-${day > 30 ? '07' : '06'}-${String(day > 30 ? day - 30 : day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

const HISTORY: DossierHistoryEntry[] = [
  { to: 'draft', at: at(1) }, // preparing: not counted
  { to: 'submitted', at: at(3) }, // officials 2 d
  { to: 'commune_review', at: at(5) }, // officials 3 d
  { to: 'draft', at: at(8) }, // returned: producer 4 d
  { to: 'submitted', at: at(12) }, // officials 1 d
  { to: 'commune_review', at: at(13) }, // officials 2.5 d
  { to: 'advisory_review', at: at(15, 20) }, // officials 5 d
  { to: 'evidence_requested', at: at(20, 20) }, // producer 6.5 d
  { to: 'advisory_review', at: at(27) }, // officials 4 d
  { to: 'council_scoring', at: at(31) }, // officials 2 d until 3 July
];

describe('dossier clock', () => {
  it('splits the time since the first submission between producer and officials', () => {
    const c = dossierClock(w, HISTORY, at(33));
    expect(c.startedAt).toBe(at(3));
    expect(c.producerDays).toBe(10.5);
    expect(c.officialsDays).toBe(19.5);
    expect(c.daysByState).toEqual({ submitted: 3, commune_review: 5.5, draft: 4, advisory_review: 9, evidence_requested: 6.5, council_scoring: 2 });
    expect(c.nowWaitingOn).toBe('officials');
  });

  it('counts nothing before the first submission', () => {
    const c = dossierClock(w, HISTORY.slice(0, 1), at(20));
    expect([c.startedAt, c.producerDays, c.officialsDays, c.nowWaitingOn]).toEqual([null, 0, 0, 'producer']);
  });

  it('stops when the dossier is closed', () => {
    const c = dossierClock(w, [{ to: 'draft', at: at(1) }, { to: 'submitted', at: at(2) }, { to: 'withdrawn', at: at(4) }], at(30));
    expect([c.producerDays, c.officialsDays, c.nowWaitingOn]).toEqual([0, 2, 'nobody']);
  });

  it('refuses a history out of order or later than asOf', () => {
    expect(() => dossierClock(w, [{ to: 'submitted', at: at(5) }, { to: 'commune_review', at: at(4) }], at(9))).toThrow(RangeError);
    expect(() => dossierClock(w, [{ to: 'submitted', at: at(5) }], at(4))).toThrow(RangeError);
  });
});
