import type { Signal } from '../../domain/stamps/signals.js';
import { VERDICT_TEXT, type VerdictResult } from '../../domain/stamps/verdict.js';
import { findProvince } from '../scans/provinces.js';
import type { JourneyTimelineStep } from '../epcis/timeline-stamp.js';
import type { StampFacts } from './stamp-facts.js';
import type { VerifyView } from './verify-output.js';

// Shapes the facts and the verdict into what the page and the JSON show (pure).

export function place(id: string | null): VerifyView['scans']['firstIn'] {
  const p = findProvince(id);
  return p === undefined ? null : { id: p.id, name: { vi: p.vi, en: p.en } };
}

const warning = (s: Signal) => ({ kind: s.kind, severity: s.severity, explanation: s.explanation });

export function unknownView(serial: string): VerifyView {
  const v = VERDICT_TEXT['unknown-code'];
  return {
    serial, verdict: 'unknown-code', tone: v.tone, headline: v.headline, warnings: [], stamp: null, product: null, producer: null, certificate: null, lot: null,
    scans: { count: 0, firstAt: null, firstIn: null }, timeline: [],
  };
}

function timeline(f: StampFacts, journey: readonly JourneyTimelineStep[]): VerifyView['timeline'] {
  const s = f.stamp;
  const events: VerifyView['timeline'] = [];
  if (s.issued_at !== null) events.push({ at: s.issued_at, event: 'issued' });
  // Codes bound at issue were written (activated) just before the batch flipped to issued.
  if (s.activated_at !== null) events.push({ at: s.issued_at !== null && s.activated_at < s.issued_at ? s.issued_at : s.activated_at, event: 'activated' });
  if (s.first_authenticated_at !== null) events.push({ at: s.first_authenticated_at, event: 'first-authentication' });
  if (s.voided_at !== null) events.push({ at: s.voided_at, event: 'voided' });
  for (const j of journey) events.push({ at: j.at, event: 'journey', label: j.label, place: j.place });
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export type ViewInput = {
  facts: StampFacts; verdict: VerdictResult; publicUrl: string; maxPinFailures: number; thisScan: { at: string; province: string | null } | undefined;
  /** EPCIS events about the stamp, its lot and linked leg rings (services/epcis/timeline-stamp.ts). */
  journey?: readonly JourneyTimelineStep[];
};

export function stampView(input: ViewInput): VerifyView {
  const { facts: f, verdict } = input;
  const s = f.stamp;
  const counted = input.thisScan === undefined ? 0 : 1;
  const cert = f.certificate;
  return {
    serial: s.serial, verdict: verdict.verdict, tone: verdict.tone, headline: verdict.headline, warnings: verdict.warnings.map(warning),
    stamp: {
      type: s.batch_type === 'qr_pin' || s.batch_type === 'leg_ring' ? s.batch_type : 'qr_label', status: s.status, activatedAt: s.activated_at, voidedAt: s.voided_at, voidReason: s.void_reason,
      pinRequired: s.pin_hash !== null && s.first_authenticated_at === null && s.status !== 'voided', pinLocked: s.pin_hash !== null && s.pin_failures >= input.maxPinFailures,
      firstAuthenticatedAt: s.first_authenticated_at, firstAuthenticatedIn: place(s.first_auth_province),
    },
    product: { id: f.product.id, name: f.product.name, nameEn: f.product.name_en, star: f.product.star, gtin: f.product.gtin, imageUrl: f.imageId === null ? null : `/p/${f.product.id}/img/${f.imageId}` },
    producer: { name: f.producer.name, commune: f.commune },
    certificate: { state: cert.state, number: cert.number, issuedOn: cert.issuedOn, expiresOn: cert.expiresOn, url: cert.number === null ? null : `${input.publicUrl}/certificates/${encodeURIComponent(cert.number)}` },
    lot: s.lot_code === null ? null : { code: s.lot_code, productionDate: s.lot_production_date, expiryDate: s.lot_expiry_date },
    scans: {
      count: s.scan_count + counted,
      firstAt: s.first_scan_at ?? input.thisScan?.at ?? null,
      firstIn: place(s.first_scan_at === null ? (input.thisScan?.province ?? null) : s.first_scan_province),
    },
    timeline: timeline(f, input.journey ?? []),
  };
}
