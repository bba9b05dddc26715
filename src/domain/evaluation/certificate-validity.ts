import type { CertificationRules, CertificationVersion, ReminderRule } from './certification-rules.js';
import { type IsoDate, addDays, addMonths, daysBetween, maxDate } from './dates.js';
import { type DossierKind, type RevocationReason, findById, versionInForce } from './types.js';

// Certificate dates. Two kinds of rule meet here and are kept apart on purpose:
// - substance (how long a certificate is valid) belongs to the legal version it was issued
//   under, so a 148 certificate keeps its 36 months after 26/2026 (Điều 12);
// - procedure (the filing window, reminders) belongs to the version in force on the day the
//   step happens: no one can be held to a 26/2026 window that closed before 22/05/2026.

export type CertificateDates = {
  /** The certification.json version the certificate was issued under. */
  readonly rulesVersionId: string;
  readonly issuedOn: IsoDate;
  /** Last day of validity, inclusive. */
  readonly expiresOn: IsoDate;
  readonly revokedOn?: IsoDate | null | undefined;
  readonly revocationReason?: RevocationReason | null | undefined;
};

function versionById(rules: CertificationRules, id: string): CertificationVersion {
  const v = findById(rules.versions, id);
  if (v === undefined) throw new Error(`unknown certification rules version "${id}"`);
  return v;
}

/** The rules a dossier filed on this date is evaluated under (transitional rule included). */
export function rulesForFiling(rules: CertificationRules, filedOn: IsoDate): CertificationVersion {
  const v = versionInForce(rules.versions, filedOn);
  if (v === undefined) throw new RangeError(`no OCOP rules were in force on ${filedOn}`);
  return v;
}

/**
 * Issue date + validityMonths, as the decision prints it; null when the version's period is
 * not known (the expiry is then taken from the decision itself).
 */
export function certificateExpiry(version: CertificationVersion, issuedOn: IsoDate): IsoDate | null {
  return version.validityMonths === null ? null : addMonths(issuedOn, version.validityMonths);
}

export type FilingWindow =
  | { readonly kind: 'window'; readonly rulesVersionId: string; readonly opensOn: IsoDate; readonly closesOn: IsoDate }
  | { readonly kind: 'none' };

/**
 * The re-evaluation filing window. A window applies when the rules that define it are in force
 * on its last day, and it cannot open before they took effect; 'none' when no such rules exist
 * (148 had a written notice instead). Certificates left without a window fall under the
 * transitional grace when re-evaluated late.
 */
export function reevaluationWindow(rules: CertificationRules, expiresOn: IsoDate): FilingWindow {
  for (const v of [...rules.versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))) {
    const w = v.reevaluationFiling;
    if (w === null) continue;
    const closesOn = addDays(expiresOn, -w.closesDaysBeforeExpiry);
    if (versionInForce(rules.versions, closesOn)?.id !== v.id) continue;
    return { kind: 'window', rulesVersionId: v.id, opensOn: maxDate(addDays(expiresOn, -w.opensDaysBeforeExpiry), v.effectiveFrom), closesOn };
  }
  return { kind: 'none' };
}

export type FilingTiming = 'early' | 'in_window' | 'late' | 'no_window';

export function filingTiming(window: FilingWindow, filedOn: IsoDate): FilingTiming {
  if (window.kind === 'none') return 'no_window';
  if (filedOn < window.opensOn) return 'early';
  return filedOn > window.closesOn ? 'late' : 'in_window';
}

export type CertificateStatus =
  | { readonly status: 'not_yet_valid'; readonly validFrom: IsoDate }
  | { readonly status: 'valid' | 'expiring'; readonly expiresOn: IsoDate; readonly daysLeft: number }
  | { readonly status: 'extended'; readonly expiresOn: IsoDate; readonly validUntil: IsoDate }
  | { readonly status: 'expired'; readonly expiresOn: IsoDate }
  | { readonly status: 'revoked'; readonly revokedOn: IsoDate; readonly reason: RevocationReason | null };

/** A re-evaluation dossier filed for this certificate and not yet decided. */
export type PendingReevaluation = { readonly filedOn: IsoDate };

/**
 * The transitional grace (26/2026 Điều 12): a certificate issued before the new rules whose
 * re-evaluation missed the filing window stays valid until decided, at most N days past expiry.
 */
function graceUntil(rules: CertificationRules, cert: CertificateDates, pending: PendingReevaluation | undefined): IsoDate | null {
  const t = rules.transitional;
  if (pending === undefined || cert.issuedOn >= t.certificatesIssuedBefore) return null;
  const timing = filingTiming(reevaluationWindow(rules, cert.expiresOn), pending.filedOn);
  return timing === 'late' || timing === 'no_window' ? addDays(cert.expiresOn, t.lateReevaluationGraceDays) : null;
}

/** The certificate's status on a date, revocation first. */
export function certificateStatus(rules: CertificationRules, cert: CertificateDates, asOf: IsoDate, pending?: PendingReevaluation): CertificateStatus {
  if (cert.revokedOn != null && cert.revokedOn <= asOf) return { status: 'revoked', revokedOn: cert.revokedOn, reason: cert.revocationReason ?? null };
  if (asOf < cert.issuedOn) return { status: 'not_yet_valid', validFrom: cert.issuedOn };
  const daysLeft = daysBetween(asOf, cert.expiresOn);
  if (daysLeft >= 0) return { status: daysLeft <= rules.expiringWithinDays ? 'expiring' : 'valid', expiresOn: cert.expiresOn, daysLeft };
  const grace = graceUntil(rules, cert, pending);
  if (grace !== null && pending !== undefined && pending.filedOn <= asOf && asOf <= grace) {
    return { status: 'extended', expiresOn: cert.expiresOn, validUntil: grace };
  }
  return { status: 'expired', expiresOn: cert.expiresOn };
}

export type Reminder = { readonly code: ReminderRule['code']; readonly on: IsoDate; readonly audience: ReminderRule['audience']; readonly rulesVersionId: string };

/** Reminder dates: each version's reminders that fall on a day that version is in force. */
export function reminderDates(rules: CertificationRules, expiresOn: IsoDate): Reminder[] {
  const reminders: Reminder[] = [];
  for (const v of rules.versions) {
    for (const r of v.reminders) {
      const on = addDays(expiresOn, r.daysFromExpiry);
      if (versionInForce(rules.versions, on)?.id === v.id) reminders.push({ code: r.code, on, audience: r.audience, rulesVersionId: v.id });
    }
  }
  return reminders.sort((a, b) => a.on.localeCompare(b.on));
}

/**
 * Transitional rule for dossiers filed under the old rules and not yet evaluated when the new
 * rules took effect: the last day to finish them; null for dossiers filed under the new rules.
 */
export function oldRulesCompletionDeadline(rules: CertificationRules, kind: DossierKind, filedOn: IsoDate): IsoDate | null {
  const t = rules.transitional;
  if (filedOn >= t.oldRulesDossiers.filedBefore) return null;
  return addDays(versionById(rules, t.newRules).effectiveFrom, t.oldRulesDossiers.completionDays[kind]);
}
