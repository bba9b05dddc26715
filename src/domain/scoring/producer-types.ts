import type { LocalText } from './types.js';

// Legal forms of OCOP producers, as fine-grained as the score sheets need them. Criterion 3.1
// scores the legal form itself, and the two legal versions draw its lines differently (1048 puts
// single-member LLCs with households, 26/2026 with companies; a joint-stock company counts as a
// co-operative when local people hold ≥ 51 % of its capital), so the coarse registry types
// (src/services/producers: enterprise, cooperative, cooperative_group, household) are accepted
// as input too and expand to every legal form they may stand for.

export const PRODUCER_TYPES = [
  'household',
  'farm',
  'cooperative_group',
  'private_enterprise',
  'llc_single_member',
  'llc_multi_member',
  'jsc_local_minority',
  'jsc_local_majority',
  'cooperative',
  'other_organisation',
] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

const ENTERPRISE_TYPES: readonly ProducerType[] = [
  'private_enterprise', 'llc_single_member', 'llc_multi_member', 'jsc_local_minority', 'jsc_local_majority',
];

/** What a caller may name: a precise legal form, or the registry's coarse "enterprise". */
export const PRODUCER_TYPE_INPUTS = [...PRODUCER_TYPES, 'enterprise'] as const;
export type ProducerTypeInput = (typeof PRODUCER_TYPE_INPUTS)[number];

export const PRODUCER_TYPE_LABELS: Readonly<Record<ProducerTypeInput, LocalText>> = {
  household: { vi: 'Hộ sản xuất/hộ gia đình có đăng ký kinh doanh', en: 'registered household business' },
  farm: { vi: 'Trang trại', en: 'farm' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'cooperative group' },
  private_enterprise: { vi: 'Doanh nghiệp tư nhân', en: 'private enterprise' },
  llc_single_member: { vi: 'Công ty TNHH một thành viên', en: 'single-member limited liability company' },
  llc_multi_member: { vi: 'Công ty TNHH hai thành viên trở lên', en: 'multi-member limited liability company' },
  jsc_local_minority: { vi: 'Công ty cổ phần, vốn góp của cộng đồng địa phương < 51%', en: 'joint-stock company, local community capital < 51 %' },
  jsc_local_majority: { vi: 'Công ty cổ phần, vốn góp của cộng đồng địa phương ≥ 51%', en: 'joint-stock company, local community capital ≥ 51 %' },
  cooperative: { vi: 'Hợp tác xã', en: 'co-operative' },
  other_organisation: { vi: 'Tổ chức khác (hội, trung tâm vận hành…)', en: 'other organisation (association, operating centre…)' },
  enterprise: { vi: 'Doanh nghiệp', en: 'enterprise' },
};

/** The legal forms a named type may stand for. */
export function expandProducerType(type: ProducerTypeInput): readonly ProducerType[] {
  return type === 'enterprise' ? ENTERPRISE_TYPES : [type];
}
