import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm } from './geo.js';
import {
  type ClientLookup, type Scan, type SignalRules, evaluateCodeSignals, explain, impossibleTravel, outsideMarket, pinReuse,
  repeatedScans, serialProbing,
} from './signals.js';
import { verdictFor } from './verdict.js';

// Hand-made scan histories against explicit thresholds (not the shipped data file, which
// officials may tune; src/rules/stamps checks that file separately).

const t = (s: string): string => `2026-06-15T${s}:00+07:00`;
const text = (s: string) => ({ vi: `vi: ${s}`, en: `en: ${s}` });

const RULES: SignalRules = {
  id: 'test', effectiveFrom: '2026-01-01', replacedOn: null, source: 'test',
  repeatedScans: { enabled: true, severity: 'medium', maxScans: 3, windowHours: 24, explanation: text('{count} scans in {hours} h') },
  impossibleTravel: { enabled: true, severity: 'high', maxSpeedKmh: 300, minDistanceKm: 50, lookbackHours: 48, explanation: text('{distanceKm} km in {minutes} min ({speedKmh} km/h)') },
  outsideMarket: { enabled: true, severity: 'low', explanation: text('{province} not in {expected}') },
  pinReuse: { enabled: true, severity: 'high', explanation: text('first at {firstAt}') },
  serialProbing: { enabled: true, severity: 'high', maxFailures: 3, windowMinutes: 10, explanation: text('{failures} failures') },
  counterfeitAtSeverity: 'high',
};

const HA_LONG = { province: '22', lat: 20.9517, lon: 107.08 };
const scan = (at: string, location: Scan['location'] = HA_LONG, outcome: Scan['outcome'] = 'viewed'): Scan => ({ at, location, outcome });

describe('haversine', () => {
  it('gives one degree of longitude on the equator as 2πR/360 and half the globe as πR', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_KM) / 360, 6);
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm(HA_LONG, HA_LONG)).toBe(0);
  });

  it('puts Hà Nội about 1,140 km from Hồ Chí Minh City', () => {
    const km = haversineKm({ lat: 21.0285, lon: 105.8542 }, { lat: 10.8231, lon: 106.6297 });
    expect(km).toBeGreaterThan(1130);
    expect(km).toBeLessThan(1145);
  });
});

describe('repeated scans', () => {
  it('fires when the scans in the window, this one included, exceed the maximum', () => {
    const history = [scan(t('08:00')), scan(t('09:00')), scan(t('10:00'))];
    expect(repeatedScans(history.slice(1), scan(t('11:00')), RULES)).toBeUndefined();
    const s = repeatedScans(history, scan(t('11:00')), RULES);
    expect(s).toMatchObject({ kind: 'repeated-scans', severity: 'medium', facts: { count: 4, hours: 24, max: 3 } });
    expect(s?.explanation).toEqual({ vi: 'vi: 4 scans in 24 h', en: 'en: 4 scans in 24 h' });
  });

  it('ignores scans older than the window (the boundary itself is outside)', () => {
    const history = [scan('2026-06-14T11:00:00+07:00'), scan(t('09:00')), scan(t('10:00'))];
    expect(repeatedScans(history, scan(t('11:00')), RULES)).toBeUndefined();
  });
});

describe('impossible travel', () => {
  const equator = (lon: number) => ({ province: `p${lon}`, lat: 0, lon });

  it('fires when the speed between two scans exceeds the maximum (111 km in 10 min ≈ 667 km/h)', () => {
    const s = impossibleTravel([scan(t('10:00'), equator(0))], scan(t('10:10'), equator(1)), RULES);
    expect(s).toMatchObject({ kind: 'impossible-travel', severity: 'high', facts: { distanceKm: 111, minutes: 10, speedKmh: 667, previousProvince: 'p0', province: 'p1' } });
  });

  it('stays quiet for a plausible journey, a short hop, or scans without coordinates', () => {
    expect(impossibleTravel([scan(t('10:00'), equator(0))], scan(t('10:30'), equator(1)), RULES)).toBeUndefined(); // 222 km/h
    expect(impossibleTravel([scan(t('10:00'), equator(0))], scan(t('10:01'), equator(0.3)), RULES)).toBeUndefined(); // 33 km < 50
    expect(impossibleTravel([scan(t('10:00'), { province: '01' })], scan(t('10:01'), HA_LONG), RULES)).toBeUndefined();
    expect(impossibleTravel([scan('2026-06-12T10:00:00+07:00', equator(0))], scan(t('10:00'), equator(1)), RULES)).toBeUndefined(); // beyond lookback
  });

  it('reports the worst pair, and simultaneous scans far apart as infinitely fast', () => {
    const hcmc = { province: '79', lat: 10.8231, lon: 106.6297 };
    const s = impossibleTravel([scan(t('09:00'), HA_LONG), scan(t('10:00'), HA_LONG)], scan(t('10:00'), hcmc), RULES);
    expect(s?.facts).toMatchObject({ minutes: 0, speedKmh: '∞', previousProvince: '22', province: '79' });
  });
});

describe('outside the expected market', () => {
  it('fires for a province outside the batch’s list, and only when there is a list', () => {
    const hanoi = { province: '01', lat: 21.0285, lon: 105.8542 };
    expect(outsideMarket(scan(t('10:00'), hanoi), { expectedProvinces: ['22', '31'] }, RULES)).toMatchObject({ severity: 'low', facts: { province: '01', expected: '22, 31' } });
    expect(outsideMarket(scan(t('10:00'), HA_LONG), { expectedProvinces: ['22'] }, RULES)).toBeUndefined();
    expect(outsideMarket(scan(t('10:00'), hanoi), {}, RULES)).toBeUndefined();
    expect(outsideMarket(scan(t('10:00'), { province: null }), { expectedProvinces: ['22'] }, RULES)).toBeUndefined();
  });
});

describe('PIN reuse', () => {
  it('fires on a second correct PIN, not on a first one or after wrong attempts', () => {
    const first = scan(t('09:00'), HA_LONG, 'pin-correct');
    expect(pinReuse([first], scan(t('10:00'), HA_LONG, 'pin-correct'), RULES)).toMatchObject({ kind: 'pin-reuse', facts: { firstAt: first.at, firstProvince: '22' } });
    expect(pinReuse([scan(t('09:00'), HA_LONG, 'pin-wrong')], scan(t('10:00'), HA_LONG, 'pin-correct'), RULES)).toBeUndefined();
    expect(pinReuse([first], scan(t('10:00')), RULES)).toBeUndefined();
  });
});

describe('serial probing from one client', () => {
  const look = (at: string, result: ClientLookup['result']): ClientLookup => ({ at, result });

  it('counts unknown, voided and malformed lookups in the window', () => {
    const history = [look(t('10:00'), 'unknown'), look(t('10:01'), 'voided'), look(t('10:02'), 'found'), look(t('10:03'), 'malformed')];
    expect(serialProbing(history, look(t('10:04'), 'unknown'), RULES)).toMatchObject({ kind: 'serial-probing', severity: 'high', facts: { failures: 4 } });
    expect(serialProbing(history, look(t('10:04'), 'found'), RULES)).toBeUndefined();
    expect(serialProbing(history, look(t('10:30'), 'unknown'), RULES)).toBeUndefined();
  });
});

describe('all code signals together', () => {
  it('returns every rule that fires and nothing for a quiet history', () => {
    const hanoi = { province: '01', lat: 21.0285, lon: 105.8542 };
    const history = [scan(t('09:00'), HA_LONG, 'pin-correct'), scan(t('09:10')), scan(t('09:20'))];
    const kinds = evaluateCodeSignals(history, scan(t('09:30'), hanoi, 'pin-correct'), { expectedProvinces: ['22'] }, RULES).map((s) => s.kind);
    expect(kinds).toEqual(['repeated-scans', 'impossible-travel', 'outside-market', 'pin-reuse']);
    expect(evaluateCodeSignals([], scan(t('09:30')), { expectedProvinces: ['22'] }, RULES)).toEqual([]);
  });

  it('skips disabled rules', () => {
    const off: SignalRules = { ...RULES, pinReuse: { ...RULES.pinReuse, enabled: false } };
    expect(pinReuse([scan(t('09:00'), HA_LONG, 'pin-correct')], scan(t('10:00'), HA_LONG, 'pin-correct'), off)).toBeUndefined();
  });

  it('fills placeholders in both languages and leaves unknown ones visible', () => {
    expect(explain({ vi: '{a} và {b}', en: '{a} and {b}' }, { a: 1 })).toEqual({ vi: '1 và {b}', en: '1 and {b}' });
  });
});

describe('verdict', () => {
  const high = { kind: 'pin-reuse' as const, severity: 'high' as const, explanation: text('x'), facts: {} };
  const medium = { kind: 'repeated-scans' as const, severity: 'medium' as const, explanation: text('y'), facts: {} };
  const low = { kind: 'outside-market' as const, severity: 'low' as const, explanation: text('z'), facts: {} };

  it('says genuine for an active code, a valid certificate and no strong signal', () => {
    expect(verdictFor({ code: 'active', certificate: 'valid', signals: [] }, 'high')).toMatchObject({ verdict: 'genuine', tone: 'ok' });
    const r = verdictFor({ code: 'active', certificate: 'valid', signals: [low, medium] }, 'high');
    expect(r.verdict).toBe('genuine');
    expect(r.warnings.map((s) => s.severity)).toEqual(['medium', 'low']);
  });

  it('puts unknown and voided codes first, whatever else is known', () => {
    expect(verdictFor({ code: 'unknown', certificate: 'valid', signals: [high] }, 'high').verdict).toBe('unknown-code');
    expect(verdictFor({ code: 'voided', certificate: 'revoked', signals: [high] }, 'high').verdict).toBe('voided');
  });

  it('lets strong signals outweigh the certificate', () => {
    expect(verdictFor({ code: 'active', certificate: 'valid', signals: [medium, high] }, 'high')).toMatchObject({ verdict: 'possible-counterfeit', tone: 'danger' });
    expect(verdictFor({ code: 'active', certificate: 'revoked', signals: [high] }, 'high').verdict).toBe('possible-counterfeit');
    expect(verdictFor({ code: 'active', certificate: 'valid', signals: [medium] }, 'medium').verdict).toBe('possible-counterfeit');
  });

  it('reports an expired or revoked certificate on a genuine stamp', () => {
    expect(verdictFor({ code: 'active', certificate: 'expired', signals: [low] }, 'high')).toMatchObject({ verdict: 'certificate-expired', tone: 'caution' });
    expect(verdictFor({ code: 'active', certificate: 'revoked', signals: [] }, 'high')).toMatchObject({ verdict: 'certificate-revoked', tone: 'danger' });
    expect(verdictFor({ code: 'active', certificate: 'revoked', signals: [] }, 'high').headline.vi).toContain('thu hồi');
  });
});
