import { describe, expect, it } from 'vitest';
import { dossierWorkflowOn } from '../../rules/evaluation/index.js';
import { type EvidenceItem, evidenceNeeds } from './evidence.js';

// A re-evaluation files the forms of the new filing (Mẫu 01, Mẫu 02), a report on the changes
// over 3 years (148's re-recognition rule) and new samples; documents that stay true (business
// registration, trademark, quality declaration) carry over while their own validity lasts.

const w = dossierWorkflowOn('2029-03-01');
const item = (id: string, type: string, validUntil: string | null = null): EvidenceItem => ({ id, type, uploadedOn: '2026-03-10', validUntil });

const PREVIOUS: EvidenceItem[] = [
  item('p1', 'registration_form'), item('p2', 'self_assessment'), item('p3', 'samples_receipt'), item('p4', 'lab_test_report'),
  item('p5', 'business_registration'), item('p6', 'food_safety_certificate', '2028-12-31'), item('p7', 'quality_declaration'),
  item('p8', 'label_and_packaging'), item('p9', 'intellectual_property', '2029-01-01'), item('p10', 'environment_file'), item('p11', 'product_story'),
];
const NEW = [item('n1', 'registration_form'), item('n2', 'self_assessment')];
const types = (gaps: readonly { type: string; reason: string }[]) => gaps.map((g) => `${g.type}:${g.reason}`);

describe('evidence a dossier still needs', () => {
  it('re-evaluation of a seafood product (set 8) reuses what is still valid', () => {
    const r = evidenceNeeds(w, { kind: 're_evaluation', setNumber: 8, filedOn: '2029-03-01', previous: PREVIOUS, uploads: NEW });
    expect(types(r.stillNeeded)).toEqual(['change_report:missing', 'samples_receipt:not_reusable', 'lab_test_report:not_reusable', 'food_safety_certificate:expired']);
    expect(r.reused.map((x) => x.itemId)).toEqual(['p5', 'p7', 'p8', 'p11', 'p10']);
    expect(types(r.toRefresh)).toEqual(['intellectual_property:expired']);
    expect(r.complete).toBe(false);
  });

  it('is complete once the gaps are uploaded; an upgrade needs no change report', () => {
    const uploads = [...NEW, item('n3', 'samples_receipt'), item('n4', 'lab_test_report'), item('n5', 'food_safety_certificate', '2032-01-01')];
    const upgrade = evidenceNeeds(w, { kind: 'upgrade', setNumber: 8, filedOn: '2029-03-01', previous: PREVIOUS, uploads });
    expect([upgrade.complete, upgrade.stillNeeded]).toEqual([true, []]);
    const re = evidenceNeeds(w, { kind: 're_evaluation', setNumber: 8, filedOn: '2029-03-01', previous: PREVIOUS, uploads });
    expect(types(re.stillNeeded)).toEqual(['change_report:missing']);
  });

  it('a first evaluation ignores any earlier dossier', () => {
    const r = evidenceNeeds(w, { kind: 'first_evaluation', setNumber: 8, filedOn: '2029-03-01', previous: PREVIOUS, uploads: [] });
    expect(types(r.stillNeeded)).toEqual([
      'registration_form:missing', 'self_assessment:missing', 'samples_receipt:missing', 'lab_test_report:missing',
      'business_registration:missing', 'food_safety_certificate:missing', 'quality_declaration:missing',
    ]);
    expect(r.reused).toEqual([]);
  });

  it('community tourism (set 26) sends no samples, lab tests or food-safety papers', () => {
    const r = evidenceNeeds(w, { kind: 'first_evaluation', setNumber: 26, filedOn: '2029-03-01', previous: [], uploads: [] });
    expect(types(r.stillNeeded)).toEqual(['registration_form:missing', 'self_assessment:missing', 'business_registration:missing']);
  });

  it('an upload that has already expired does not count', () => {
    const uploads = [...NEW, item('n6', 'food_safety_certificate', '2029-02-28')];
    const r = evidenceNeeds(w, { kind: 'upgrade', setNumber: 8, filedOn: '2029-03-01', previous: [], uploads });
    expect(types(r.stillNeeded)).toContain('food_safety_certificate:expired');
  });
});
