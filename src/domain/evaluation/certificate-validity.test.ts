import { describe, expect, it } from 'vitest';
import { certificationRules } from '../../rules/evaluation/index.js';
import {
  type CertificateDates, certificateExpiry, certificateStatus, filingTiming, oldRulesCompletionDeadline,
  reevaluationWindow, reminderDates, rulesForFiling,
} from './certificate-validity.js';
import { REVOCATION_REASON_INFO, revocationDeadline } from './revocation.js';
import { REVOCATION_REASONS } from './types.js';

// Reference §0 and §4: certificates valid 36 months from issue (148 and 26/2026 Điều 4.3);
// re-evaluation filed no earlier than 180 and no later than 120 days before expiry (26/2026
// Điều 7.6a); certificates issued before 22/05/2026 keep their own expiry, and a late
// re-evaluation keeps them valid until decided, at most 180 days past expiry (Điều 12).
// Every expected date below was counted on a calendar.

const rules = certificationRules();
const version = (id: string) => rules.versions.find((v) => v.id === id)!;

const NEW_CERT: CertificateDates = { rulesVersionId: '26-2026', issuedOn: '2026-06-15', expiresOn: '2029-06-15' };
const OLD_CERT: CertificateDates = { rulesVersionId: '148-2023', issuedOn: '2024-01-10', expiresOn: '2027-01-10' };

describe('which rules apply', () => {
  it('the version in force on the filing date', () => {
    expect(rulesForFiling(rules, '2023-02-23').id).toBe('1048-2019');
    expect(rulesForFiling(rules, '2023-02-24').id).toBe('148-2023');
    expect(rulesForFiling(rules, '2026-05-21').id).toBe('148-1489-2025');
    expect(rulesForFiling(rules, '2026-05-22').id).toBe('26-2026');
    expect(() => rulesForFiling(rules, '2019-01-01')).toThrow(RangeError);
  });

  it('old-rules dossiers not yet evaluated on 22/05/2026 finish within 60 days (30 for re-evaluation)', () => {
    expect(oldRulesCompletionDeadline(rules, 'first_evaluation', '2026-05-10')).toBe('2026-07-21');
    expect(oldRulesCompletionDeadline(rules, 'upgrade', '2026-04-01')).toBe('2026-07-21');
    expect(oldRulesCompletionDeadline(rules, 're_evaluation', '2026-05-21')).toBe('2026-06-21');
    expect(oldRulesCompletionDeadline(rules, 'first_evaluation', '2026-05-22')).toBeNull();
  });
});

describe('expiry: issue date + 36 months', () => {
  it('keeps the day of the month, month ends and leap days included', () => {
    expect(certificateExpiry(version('26-2026'), '2026-08-31')).toBe('2029-08-31');
    expect(certificateExpiry(version('148-2023'), '2024-02-29')).toBe('2027-02-28');
    expect(certificateExpiry(version('26-2026'), '2026-06-15')).toBe('2029-06-15');
  });

  it('is not invented where the rules do not say (1048)', () => {
    expect(certificateExpiry(version('1048-2019'), '2021-05-01')).toBeNull();
  });
});

describe('re-evaluation filing window', () => {
  it('180 to 120 days before expiry', () => {
    expect(reevaluationWindow(rules, '2029-08-31')).toEqual({ kind: 'window', rulesVersionId: '26-2026', opensOn: '2029-03-04', closesOn: '2029-05-03' });
    expect(reevaluationWindow(rules, '2029-06-15')).toMatchObject({ opensOn: '2028-12-17', closesOn: '2029-02-15' });
    expect(reevaluationWindow(rules, '2028-08-28')).toMatchObject({ opensOn: '2028-03-01', closesOn: '2028-04-30' }); // across 29/02/2028
  });

  it('cannot open before 26/2026 took effect, and does not exist when it would have closed before', () => {
    expect(reevaluationWindow(rules, '2026-11-01')).toEqual({ kind: 'window', rulesVersionId: '26-2026', opensOn: '2026-05-22', closesOn: '2026-07-04' });
    expect(reevaluationWindow(rules, '2026-09-01')).toEqual({ kind: 'none' });
    expect(reevaluationWindow(rules, '2026-09-18')).toEqual({ kind: 'none' });
    expect(reevaluationWindow(rules, '2026-09-19')).toMatchObject({ opensOn: '2026-05-22', closesOn: '2026-05-22' });
  });

  it('classifies a filing date', () => {
    const w = reevaluationWindow(rules, '2029-06-15');
    expect(['2028-12-16', '2028-12-17', '2029-02-15', '2029-02-16'].map((d) => filingTiming(w, d))).toEqual(['early', 'in_window', 'in_window', 'late']);
    expect(filingTiming({ kind: 'none' }, '2026-06-01')).toBe('no_window');
  });
});

describe('status on a date', () => {
  const status = (cert: CertificateDates, asOf: string, filedOn?: string) =>
    certificateStatus(rules, cert, asOf, filedOn === undefined ? undefined : { filedOn });

  it('valid, expiring from the day the window opens, expired the day after expiry', () => {
    expect(status(NEW_CERT, '2026-06-14')).toEqual({ status: 'not_yet_valid', validFrom: '2026-06-15' });
    expect(status(NEW_CERT, '2026-06-15')).toEqual({ status: 'valid', expiresOn: '2029-06-15', daysLeft: 1096 });
    expect(status(NEW_CERT, '2028-12-16')).toMatchObject({ status: 'valid', daysLeft: 181 });
    expect(status(NEW_CERT, '2028-12-17')).toMatchObject({ status: 'expiring', daysLeft: 180 });
    expect(status(NEW_CERT, '2029-06-15')).toMatchObject({ status: 'expiring', daysLeft: 0 });
    expect(status(NEW_CERT, '2029-06-16')).toEqual({ status: 'expired', expiresOn: '2029-06-15' });
  });

  it('revoked from the revocation date', () => {
    const revoked = { ...NEW_CERT, revokedOn: '2027-03-01', revocationReason: 'misuse' as const };
    expect(status(revoked, '2027-02-28').status).toBe('valid');
    expect(status(revoked, '2027-03-01')).toEqual({ status: 'revoked', revokedOn: '2027-03-01', reason: 'misuse' });
  });

  it('a certificate issued under 148 whose re-evaluation was filed late stays valid until decided, at most 180 days', () => {
    expect(reevaluationWindow(rules, OLD_CERT.expiresOn)).toMatchObject({ opensOn: '2026-07-14', closesOn: '2026-09-12' });
    expect(status(OLD_CERT, '2027-01-11', '2026-10-01')).toEqual({ status: 'extended', expiresOn: '2027-01-10', validUntil: '2027-07-09' });
    expect(status(OLD_CERT, '2027-07-09', '2026-10-01').status).toBe('extended');
    expect(status(OLD_CERT, '2027-07-10', '2026-10-01').status).toBe('expired');
    expect(status(OLD_CERT, '2027-01-11', '2026-08-01').status).toBe('expired'); // filed in the window: no grace
    expect(status(OLD_CERT, '2027-01-11').status).toBe('expired'); // nothing filed
  });

  it('a certificate left without any window gets the grace for any re-evaluation filing', () => {
    const c: CertificateDates = { rulesVersionId: '148-2023', issuedOn: '2023-09-01', expiresOn: '2026-09-01' };
    expect(status(c, '2026-09-02', '2026-07-01')).toMatchObject({ status: 'extended', validUntil: '2027-02-28' });
  });

  it('a 26/2026 certificate gets no grace', () => {
    expect(status(NEW_CERT, '2029-06-16', '2029-05-01').status).toBe('expired');
  });
});

describe('reminders', () => {
  it('follow the 26/2026 window for a 26/2026 certificate', () => {
    expect(reminderDates(rules, NEW_CERT.expiresOn).map((r) => [r.code, r.on, r.audience])).toEqual([
      ['window_opens', '2028-12-17', 'producer'],
      ['window_closes_soon', '2029-02-01', 'producer'],
      ['window_last_day', '2029-02-15', 'producer'],
      ['window_missed', '2029-02-16', 'officials'],
      ['expires_soon', '2029-05-16', 'producer'],
      ['expired', '2029-06-16', 'producer'],
    ]);
  });

  it('keep only the reminders of the rules in force on each date across the change of rules', () => {
    expect(reminderDates(rules, '2026-09-01').map((r) => [r.code, r.on, r.rulesVersionId])).toEqual([
      ['expires_soon', '2026-08-02', '26-2026'],
      ['expired', '2026-09-02', '26-2026'],
    ]);
    expect(reminderDates(rules, '2025-12-01').map((r) => [r.code, r.on])).toEqual([
      ['holder_notice_due', '2025-10-17'], ['expires_soon', '2025-11-01'], ['expired', '2025-12-02'],
    ]);
  });
});

describe('revocation', () => {
  it('is decided within 15 days of the conclusion under 26/2026', () => {
    expect(revocationDeadline(rules, '2027-03-01')).toBe('2027-03-16');
    expect(revocationDeadline(rules, '2025-01-10')).toBeNull();
  });

  it('records one of four reasons, each tied to the grounds of Điều 8', () => {
    expect(REVOCATION_REASONS).toEqual(['failed_post_audit', 'not_reevaluated', 'misuse', 'other']);
    expect(Object.keys(REVOCATION_REASON_INFO)).toEqual([...REVOCATION_REASONS]);
  });
});
