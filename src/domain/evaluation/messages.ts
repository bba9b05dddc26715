import type { CouncilRole, Role, Text } from './types.js';

// Names the evaluation messages put into sentences. Kept beside the rules that use them so an
// error always reads in both languages, whichever the portal shows.

export const ROLE_NAMES: Readonly<Record<Role, Text>> = {
  province_admin: { vi: 'quản trị viên tỉnh', en: 'province administrator' },
  province_officer: { vi: 'cán bộ OCOP tỉnh', en: 'province OCOP officer' },
  commune_officer: { vi: 'cán bộ xã', en: 'commune officer' },
  council_member: { vi: 'thành viên Hội đồng', en: 'council member' },
  producer_member: { vi: 'chủ thể sản xuất', en: 'producer' },
};

export const COUNCIL_ROLE_NAMES: Readonly<Record<CouncilRole, Text>> = {
  chair: { vi: 'Chủ tịch Hội đồng', en: 'council chair' },
  secretary: { vi: 'Thư ký Hội đồng', en: 'council secretary' },
  member: { vi: 'ủy viên Hội đồng', en: 'council member' },
};

/** Joins names with "hoặc" / "or". */
export function orList(names: readonly Text[]): Text {
  return {
    vi: names.map((n) => n.vi).join(' hoặc '),
    en: names.map((n) => n.en).join(' or '),
  };
}

/** Joins names with ", " for lists of conditions. */
export function commaList(names: readonly Text[]): Text {
  return { vi: names.map((n) => n.vi).join('; '), en: names.map((n) => n.en).join('; ') };
}
