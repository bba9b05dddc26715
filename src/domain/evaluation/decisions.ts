import type { CertificationVersion, OutcomeRule } from './certification-rules.js';
import type { Authority, Star } from './types.js';

// What follows a council's result, under the legal version of the dossier (certification.json
// `outcomes`). Under 26/2026: 1★–2★ get a result letter and no certificate; 3★–4★ are
// recognised by the provincial chairman, who issues the certificate; a 5★ result (≥ 90 points
// AND every 5★ marker met — the classification already caps the star when a marker is missed)
// is approved by the province and forwarded to the Ministry. The Ministry later recognises it
// as 5★, or returns it and the provincial chairman may recognise 3★/4★ on the central result.

/** What the decision needs from a classification (src/domain/scoring Classification fits). */
export type ClassificationResult = { readonly star: Star; readonly total: number };

export type EvaluationOutcome =
  | { readonly kind: 'result_letter'; readonly star: Star; readonly total: number; readonly authority: Authority; readonly certificate: false }
  | { readonly kind: 'recognition'; readonly level: 'district' | 'province' | 'central'; readonly star: Star; readonly total: number; readonly authority: Authority; readonly certificate: true }
  | { readonly kind: 'national_candidate'; readonly star: 5; readonly total: number; readonly authority: Authority; readonly certificate: false };

function ruleFor(version: CertificationVersion, star: Star): OutcomeRule {
  const rule = version.outcomes.find((o) => o.stars.includes(star));
  if (rule === undefined) throw new Error(`${version.id} has no outcome for ${star}★`);
  return rule;
}

function fromRule(rule: OutcomeRule, result: ClassificationResult): EvaluationOutcome {
  const { star, total } = result;
  switch (rule.kind) {
    case 'result_letter':
      return { kind: 'result_letter', star, total, authority: rule.authority, certificate: false };
    case 'recognition':
      return { kind: 'recognition', level: rule.level, star, total, authority: rule.authority, certificate: true };
    case 'national_candidate':
      return { kind: 'national_candidate', star: 5, total, authority: rule.authority, certificate: false };
  }
}

/** The outcome of a provincial result. */
export function decideOutcome(version: CertificationVersion, result: ClassificationResult): EvaluationOutcome {
  return fromRule(ruleFor(version, result.star), result);
}

/** The central council's answer for a 5★ candidate. */
export type NationalResult =
  | { readonly recognised: true; readonly total: number }
  | { readonly recognised: false; readonly star: Exclude<Star, 5>; readonly total: number };

/** The final outcome once the Ministry has answered for a 5★ candidate. */
export function applyNationalResult(version: CertificationVersion, national: NationalResult): EvaluationOutcome {
  if (national.recognised) {
    const rule = ruleFor(version, 5);
    return { kind: 'recognition', level: 'central', star: 5, total: national.total, authority: rule.authority, certificate: true };
  }
  return decideOutcome(version, { star: national.star, total: national.total });
}
