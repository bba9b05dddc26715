// The headline figures: what a report to the leadership opens with.
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api-dashboard.js';
import { billions, num, percent } from './format.js';

function Kpi({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="dash-kpi" data-testid={testId}>
      <span className="dash-kpi-label">{label}</span>
      <strong className="dash-kpi-value">{value}</strong>
      {detail === undefined ? null : <span className="dash-kpi-detail">{detail}</span>}
    </div>
  );
}

export function Kpis({ view }: { view: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = view.products.total;
  const e = view.economy.totals;
  return (
    <div className="dash-kpis" role="list" aria-label={t('dashboard.headline')}>
      <Kpi testId="kpi-products" label={t('dashboard.kpiProducts')} value={num(lang, p.total)} detail={t('dashboard.kpiStars', { s3: num(lang, p.s3), s4: num(lang, p.s4), s5: num(lang, p.s5) })} />
      <Kpi label={t('dashboard.kpiProducers')} value={num(lang, view.products.producers)} />
      <Kpi label={t('dashboard.kpiStamps')} value={percent(lang, view.stamps.coverage)} detail={t('dashboard.kpiScans', { n: num(lang, view.stamps.scansYear) })} />
      <Kpi label={t('dashboard.kpiAlerts')} value={num(lang, view.alerts.open)} />
      <Kpi label={t('dashboard.kpiFunding')} value={t('dashboard.billions', { n: billions(lang, view.funding.total) })} detail={t('dashboard.kpiBudget', { p: num(lang, view.funding.provincialSharePercent) })} />
      <Kpi label={t('dashboard.kpiRevenue')} value={t('dashboard.billions', { n: billions(lang, e.revenue) })} detail={t('dashboard.kpiReports', { n: num(lang, e.reports) })} />
      <Kpi label={t('dashboard.kpiJobs')} value={num(lang, e.employees)} detail={t('dashboard.kpiIncome', { n: num(lang, Math.round(e.averageIncome / 1e5) / 10) })} />
      <Kpi label={t('dashboard.kpiExpiring', { days: view.expiring.days })} value={num(lang, view.expiring.total)} />
    </div>
  );
}
