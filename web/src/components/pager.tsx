import { useTranslation } from 'react-i18next';

type PagerProps = { page: number; pageSize: number; total: number; onPage(page: number): void };

export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  // One page needs no paging controls; on a phone they would only push content down.
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('pager.previous')}
      </button>
      <span aria-live="polite">{t('pager.status', { page, pages })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
