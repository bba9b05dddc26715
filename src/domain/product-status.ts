// Where a product stands in the OCOP cycle. The registry creates products as ideas, plans or
// products in development; the cycle (submission, evaluation) and the council's decision move
// them on. A star rating exists only once a product has been certified and is kept, for the
// record, when the certificate expires or is revoked.
//
//   idea → plan → developing → submitted → evaluating → certified → expired
//                     ↑              │           │           │
//                     └──────────────┴───────────┘           └→ revoked
//   (a submission that is returned or not rated goes back to developing; an expired or revoked
//    product may be developed again and resubmitted)

export const PRODUCT_STATUSES = ['idea', 'plan', 'developing', 'submitted', 'evaluating', 'certified', 'expired', 'revoked'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, { vi: string; en: string }> = {
  idea: { vi: 'Ý tưởng', en: 'Idea' },
  plan: { vi: 'Kế hoạch kinh doanh', en: 'Business plan' },
  developing: { vi: 'Đang phát triển', en: 'In development' },
  submitted: { vi: 'Đã nộp hồ sơ', en: 'Submitted' },
  evaluating: { vi: 'Đang đánh giá', en: 'Under evaluation' },
  certified: { vi: 'Đã công nhận', en: 'Certified' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Bị thu hồi', en: 'Revoked' },
};

/** Statuses the producer and officers set in the registry; the rest are set by the cycle. */
export const REGISTRY_STATUSES: readonly ProductStatus[] = ['idea', 'plan', 'developing'];

/** Statuses in which a product carries a star rating. */
export const RATED_STATUSES: readonly ProductStatus[] = ['certified', 'expired', 'revoked'];

export const STAR_MIN = 3;
export const STAR_MAX = 5;

const TRANSITIONS: Record<ProductStatus, readonly ProductStatus[]> = {
  idea: ['plan', 'developing'],
  plan: ['idea', 'developing'],
  developing: ['plan', 'submitted'],
  submitted: ['developing', 'evaluating'],
  evaluating: ['developing', 'certified'],
  certified: ['expired', 'revoked'],
  expired: ['developing', 'submitted'],
  revoked: ['developing'],
};

export function canMoveStatus(from: ProductStatus, to: ProductStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** What is wrong with a status/star pair: a rated status needs a star 3–5, others none. */
export function starProblem(status: ProductStatus, star: number | null): string | undefined {
  const rated = RATED_STATUSES.includes(status);
  if (rated && star === null) return `a ${status} product needs its star rating (${STAR_MIN}–${STAR_MAX})`;
  if (!rated && star !== null) return `a product has no star rating until it is certified (status is ${status})`;
  if (star !== null && (star < STAR_MIN || star > STAR_MAX)) return `a certified OCOP product has ${STAR_MIN} to ${STAR_MAX} stars`;
  return undefined;
}
