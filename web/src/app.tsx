import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/error-alert.js';
import { Layout } from './components/layout.js';
import { AuditPage } from './pages/audit-page.js';
import { ForbiddenPage } from './pages/forbidden-page.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { UnitDetailPage } from './pages/unit-detail-page.js';
import { UnitsPage } from './pages/units-page.js';
import { UsersPage } from './pages/users-page.js';
import { canOpen, matchRoute, navPageOf, type Route } from './routes.js';
import { navigate, useRoute } from './router.js';
import { useSession } from './session.js';

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
    case 'login':
      return <HomePage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'units':
      return <UnitsPage />;
    case 'unit':
      return <UnitDetailPage id={route.id} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** Moves focus to <main> after in-app navigation, as a full page load would for screen readers. */
function useFocusOnNavigate(path: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [path]);
}

function SessionGate({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { state, reload } = useSession();

  useEffect(() => {
    if (state.status === 'signed-in' && route.page === 'login') navigate('/', { replace: true });
  }, [state.status, route.page]);

  switch (state.status) {
    case 'loading':
      return <p role="status">{t('app.loading')}</p>;
    case 'failed':
      return (
        <section className="card">
          <ErrorAlert error={state.error} />
          <button type="button" onClick={reload}>
            {t('app.retry')}
          </button>
        </section>
      );
    case 'anonymous':
      return <LoginPage expired={state.expired} />;
    case 'signed-in':
      return canOpen(route.page, state.user.role) ? <PageFor route={route} /> : <ForbiddenPage />;
  }
}

export function App() {
  const path = useRoute();
  const route = matchRoute(path);
  useFocusOnNavigate(path);
  return (
    <Layout current={navPageOf(route)}>
      <SessionGate route={route} />
    </Layout>
  );
}
