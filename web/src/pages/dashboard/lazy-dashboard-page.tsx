// The dashboard (with chart.js) is its own chunk, fetched only when an official opens it.
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';

const DashboardPage = lazy(() => import('./dashboard-page.js').then((m) => ({ default: m.DashboardPage })));

export function LazyDashboardPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <DashboardPage />
    </Suspense>
  );
}
