// Small status markers. Each carries its meaning in text, not colour alone.
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '../api-registry.js';
import type { IdeaStatus, PlanStatus } from '../api-cycle.js';

export function StarBadge({ star }: { star: number | null }) {
  const { t } = useTranslation();
  if (star === null) return null;
  return (
    <span className="badge badge-star" title={t('products.starTitle', { count: star })}>
      <span aria-hidden="true">{'★'.repeat(star)}</span>
      <span className="visually-hidden">{t('products.starTitle', { count: star })}</span>
    </span>
  );
}

const PRODUCT_TONE: Partial<Record<ProductStatus, string>> = {
  certified: 'badge-ok',
  expired: 'badge-off',
  revoked: 'badge-bad',
};

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${PRODUCT_TONE[status] ?? ''}`}>{t(`productStatus.${status}`)}</span>;
}

const REVIEW_TONE: Record<string, string> = {
  accepted: 'badge-ok',
  approved: 'badge-ok',
  returned: 'badge-warn',
  rejected: 'badge-bad',
  submitted: 'badge-info',
};

export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${REVIEW_TONE[status] ?? ''}`} data-testid="status">
      {t(`ideaStatus.${status}`)}
    </span>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${REVIEW_TONE[status] ?? ''}`} data-testid="status">
      {t(`planStatus.${status}`)}
    </span>
  );
}
