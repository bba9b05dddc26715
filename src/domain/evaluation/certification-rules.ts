import type { Authority, DossierKind, Star, Text, Versioned } from './types.js';

// The shape of src/rules/evaluation/certification.json: per legal version, how long a
// certificate is valid, when re-evaluation is filed, who decides at each star, and which
// reminders the platform sends; plus the 26/2026 transitional rules.

export type OutcomeRule =
  | { readonly stars: readonly Star[]; readonly kind: 'result_letter'; readonly authority: Authority }
  | { readonly stars: readonly Star[]; readonly kind: 'recognition'; readonly level: 'district' | 'province'; readonly authority: Authority }
  | { readonly stars: readonly Star[]; readonly kind: 'national_candidate'; readonly level: 'central'; readonly authority: Authority };

export type ReminderCode =
  | 'window_opens' | 'window_closes_soon' | 'window_last_day' | 'window_missed'
  | 'holder_notice_due' | 'expires_soon' | 'expired';

/** A reminder `daysFromExpiry` days from the expiry date (negative: before it). */
export type ReminderRule = { readonly code: ReminderCode; readonly daysFromExpiry: number; readonly audience: 'producer' | 'officials' };

export type CertificationVersion = Versioned & {
  /** As cited, e.g. "26/2026/QĐ-TTg". */
  readonly legalVersion: string;
  readonly source: string;
  readonly notes: readonly string[];
  /** null: not known for this version; the expiry recorded in the decision is used. */
  readonly validityMonths: number | null;
  readonly reevaluationFiling: { readonly opensDaysBeforeExpiry: number; readonly closesDaysBeforeExpiry: number } | null;
  /** 148: the issuing agency notifies the holder at least this many days before expiry. */
  readonly holderNoticeDaysBeforeExpiry: number | null;
  readonly outcomes: readonly OutcomeRule[];
  readonly reminders: readonly ReminderRule[];
  /** Revocation is decided within this many days of the conclusion that grounds it. */
  readonly revocationWithinDays: number | null;
};

export type TransitionalRules = {
  readonly source: string;
  /** The version whose transitional article this is. */
  readonly newRules: string;
  /** Certificates issued before this date keep the expiry of their own decision. */
  readonly certificatesIssuedBefore: string;
  /** A late re-evaluation keeps such a certificate valid until decided, at most this long after expiry. */
  readonly lateReevaluationGraceDays: number;
  readonly oldRulesDossiers: {
    readonly filedBefore: string;
    /** Counted from the new rules' effective date. */
    readonly completionDays: Readonly<Record<DossierKind, number>>;
  };
};

export type CertificationRules = {
  readonly expiringWithinDays: number;
  readonly authorities: Readonly<Record<Authority, Text>>;
  readonly certificateNumber: { readonly province: string; readonly sequenceDigits: number };
  readonly versions: readonly CertificationVersion[];
  readonly transitional: TransitionalRules;
};

/** Consistency beyond the file's shape; an empty list means it is usable. */
export function checkCertificationRules(rules: CertificationRules): string[] {
  const problems: string[] = [];
  const sorted = [...rules.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  sorted.forEach((v, i) => {
    const next = sorted[i + 1];
    if (next !== undefined && v.replacedOn !== next.effectiveFrom) problems.push(`${v.id} must be replaced on the day ${next.id} takes effect`);
    const stars = v.outcomes.flatMap((o) => o.stars).sort();
    if (stars.join() !== '1,2,3,4,5') problems.push(`${v.id}: outcomes must name every star exactly once`);
    const w = v.reevaluationFiling;
    if (w !== null && w.opensDaysBeforeExpiry <= w.closesDaysBeforeExpiry) problems.push(`${v.id}: the filing window must open before it closes`);
  });
  if (sorted[sorted.length - 1]?.replacedOn !== null) problems.push('the latest version must have replacedOn null');
  if (!rules.versions.some((v) => v.id === rules.transitional.newRules)) problems.push('transitional.newRules names no version');
  return problems;
}
