import { COMMUNE_ASSESSMENT_ITEMS, type CommuneAssessmentItem, type Text } from './types.js';

// The commune's pre-assessment (Mẫu 03, 26/2026 Điều 7): four contents, each found satisfied or
// not, with a note. The commune does not score the 100-point sheet; all four satisfied lets it
// pass the dossier to the province (fact 'commune_assessment_passed'), otherwise it returns the
// dossier with the failed contents as reasons.

export const COMMUNE_ASSESSMENT_LABELS: Readonly<Record<CommuneAssessmentItem, Text>> = {
  local_raw_materials: { vi: 'Nguồn gốc sản phẩm, nguyên liệu tại địa phương', en: 'Product origin and local raw materials' },
  local_labour: { vi: 'Sử dụng lao động địa phương', en: 'Local labour' },
  idea_origin: { vi: 'Nguồn gốc ý tưởng sản phẩm', en: 'Origin of the product idea' },
  local_identity: { vi: 'Bản sắc, tri thức địa phương', en: 'Local identity and wisdom' },
};

export type CommuneFinding = { readonly satisfied: boolean; readonly note?: string | undefined };
export type CommuneAssessment = Readonly<Partial<Record<CommuneAssessmentItem, CommuneFinding>>>;

export type CommuneAssessmentResult = {
  readonly passed: boolean;
  readonly notAssessed: readonly CommuneAssessmentItem[];
  readonly notSatisfied: readonly CommuneAssessmentItem[];
  /** Reasons to send back with a return: each unsatisfied content with the commune's note. */
  readonly returnReasons: readonly Text[];
};

export function communeAssessmentResult(assessment: CommuneAssessment): CommuneAssessmentResult {
  const notAssessed = COMMUNE_ASSESSMENT_ITEMS.filter((i) => assessment[i] === undefined);
  const notSatisfied = COMMUNE_ASSESSMENT_ITEMS.filter((i) => assessment[i]?.satisfied === false);
  const returnReasons = notSatisfied.map((i) => {
    const label = COMMUNE_ASSESSMENT_LABELS[i];
    const note = assessment[i]?.note?.trim();
    return note ? { vi: `${label.vi}: ${note}`, en: `${label.en}: ${note}` } : label;
  });
  return { passed: notAssessed.length === 0 && notSatisfied.length === 0, notAssessed, notSatisfied, returnReasons };
}
