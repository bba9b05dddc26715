import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: 'draft' | 'filed' | 'missing' }) {
  const { t } = useTranslation();
  const tone = status === 'filed' ? 'badge badge-ok' : status === 'draft' ? 'badge badge-warn' : 'badge badge-bad';
  return <span className={tone} style={{ whiteSpace: 'nowrap' }} data-testid="report-status">{t(`reports.statuses.${status}`)}</span>;
}

/** The years offered by the lists: this year and the four before. */
export function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 5 }, (_, i) => now - i);
}
