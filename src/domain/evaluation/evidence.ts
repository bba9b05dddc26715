import type { IsoDate } from './dates.js';
import type { DossierWorkflow, EvidenceTypeRule } from './dossier-states.js';
import type { DossierKind, Text } from './types.js';

// Which evidence a dossier still needs. A re-evaluation or an upgrade starts from the previous
// dossier's evidence: a type marked reusable in dossier-workflow.json carries over unless the
// document's own validity (a food-safety certificate, a trademark) has run out by the filing
// date; the forms of each filing (Mẫu 01, Mẫu 02), the samples and a new lab test never do.

/** An uploaded document; validUntil is the document's own expiry, when it has one. */
export type EvidenceItem = {
  readonly id: string;
  readonly type: string;
  readonly uploadedOn: IsoDate;
  readonly validUntil?: IsoDate | null | undefined;
};

export type EvidenceRequest = {
  readonly kind: DossierKind;
  readonly setNumber: number;
  readonly filedOn: IsoDate;
  /** Evidence of the previous dossier of the same product (ignored for a first evaluation). */
  readonly previous: readonly EvidenceItem[];
  readonly uploads: readonly EvidenceItem[];
};

export type EvidenceGap = {
  readonly type: string;
  readonly label: Text;
  /** missing: never supplied; not_reusable: supplied last time but must be new; expired: its validity ended. */
  readonly reason: 'missing' | 'not_reusable' | 'expired';
};

export type EvidenceNeeds = {
  /** Required types not covered: the dossier is incomplete until they are uploaded. */
  readonly stillNeeded: readonly EvidenceGap[];
  /** Optional types the previous dossier relied on that cannot carry over: upload again to keep claiming them. */
  readonly toRefresh: readonly EvidenceGap[];
  /** Previous documents that count for this dossier. */
  readonly reused: readonly { readonly type: string; readonly itemId: string }[];
  readonly complete: boolean;
};

function appliesToSet(t: EvidenceTypeRule, setNumber: number): boolean {
  if (t.onlySets !== undefined && !t.onlySets.includes(setNumber)) return false;
  return !(t.exceptSets ?? []).includes(setNumber);
}

const current = (item: EvidenceItem, on: IsoDate): boolean => item.validUntil == null || item.validUntil >= on;

type Coverage = { readonly covered: boolean; readonly reusedId?: string; readonly gap?: EvidenceGap['reason'] };

function coverage(t: EvidenceTypeRule, req: EvidenceRequest, previous: readonly EvidenceItem[]): Coverage {
  const uploads = req.uploads.filter((u) => u.type === t.code);
  if (uploads.some((u) => current(u, req.filedOn))) return { covered: true };
  const before = previous.filter((p) => p.type === t.code);
  const reusable = t.reusable ? before.find((p) => current(p, req.filedOn)) : undefined;
  if (reusable !== undefined) return { covered: true, reusedId: reusable.id };
  if (uploads.length > 0) return { covered: false, gap: 'expired' };
  if (before.length === 0) return { covered: false, gap: 'missing' };
  return { covered: false, gap: t.reusable ? 'expired' : 'not_reusable' };
}

/** What the producer still has to upload for this dossier, and what carries over. */
export function evidenceNeeds(w: DossierWorkflow, req: EvidenceRequest): EvidenceNeeds {
  const kind = w.kinds.find((k) => k.code === req.kind);
  const previous = kind?.reusesPreviousEvidence === true ? req.previous : [];
  const stillNeeded: EvidenceGap[] = [];
  const toRefresh: EvidenceGap[] = [];
  const reused: { type: string; itemId: string }[] = [];
  for (const t of w.evidenceTypes.filter((x) => appliesToSet(x, req.setNumber))) {
    const c = coverage(t, req, previous);
    if (c.reusedId !== undefined) reused.push({ type: t.code, itemId: c.reusedId });
    if (c.covered || c.gap === undefined) continue;
    const required = t.requiredFor.includes(req.kind);
    if (required) stillNeeded.push({ type: t.code, label: t.label, reason: c.gap });
    else if (c.gap !== 'missing') toRefresh.push({ type: t.code, label: t.label, reason: c.gap });
  }
  return { stillNeeded, toRefresh, reused, complete: stillNeeded.length === 0 };
}
