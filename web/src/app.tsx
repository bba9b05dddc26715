import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/error-alert.js';
import { Layout } from './components/layout.js';
import { NotificationsProvider } from './notifications.js';
import { AuditPage } from './pages/audit-page.js';
import { CertificatePage } from './pages/certificates/certificate-page.js';
import { CertificatesPage } from './pages/certificates/certificates-page.js';
import { CouncilPage } from './pages/evaluation/council-page.js';
import { DossierNewPage } from './pages/evaluation/dossier-new-page.js';
import { DossierPage } from './pages/evaluation/dossier-page.js';
import { DossierScorePage } from './pages/evaluation/dossier-score-page.js';
import { DossiersPage } from './pages/evaluation/dossiers-page.js';
import { SelfAssessmentPage } from './pages/evaluation/self-assessment-page.js';
import { AlertPage } from './pages/stamps/alert-page.js';
import { AlertsPage } from './pages/stamps/alerts-page.js';
import { BatchNewPage } from './pages/stamps/batch-new-page.js';
import { BatchPage } from './pages/stamps/batch-page.js';
import { BatchesPage } from './pages/stamps/batches-page.js';
import { LotPage } from './pages/stamps/lot-page.js';
import { LotsPage } from './pages/stamps/lots-page.js';
import { ForbiddenPage } from './pages/forbidden-page.js';
import { HomePage } from './pages/home-page.js';
import { IdeaDetailPage } from './pages/ideas/idea-detail-page.js';
import { IdeaFormPage } from './pages/ideas/idea-form-page.js';
import { IdeasPage } from './pages/ideas/ideas-page.js';
import { ImportPage } from './pages/import/import-page.js';
import { LoginPage } from './pages/login-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { NotificationsPage } from './pages/notifications/notifications-page.js';
import { PlanDetailPage } from './pages/plans/plan-detail-page.js';
import { PlanFormPage } from './pages/plans/plan-form-page.js';
import { PlansPage } from './pages/plans/plans-page.js';
import { MyProducerPage } from './pages/producers/my-producer-page.js';
import { ProducerDetailPage } from './pages/producers/producer-detail-page.js';
import { ProducerFormPage } from './pages/producers/producer-form-page.js';
import { ProducersPage } from './pages/producers/producers-page.js';
import { ProductDetailPage } from './pages/products/product-detail-page.js';
import { ProductFormPage } from './pages/products/product-form-page.js';
import { ProductsPage } from './pages/products/products-page.js';
import { RoundDetailPage } from './pages/rounds/round-detail-page.js';
import { RoundFormPage } from './pages/rounds/round-form-page.js';
import { RoundsPage } from './pages/rounds/rounds-page.js';
import { FairsPage } from './pages/fairs/fairs-page.js';
import { LazyDashboardPage } from './pages/dashboard/lazy-dashboard-page.js';
import { ProgrammePage } from './pages/reports/programme-page.js';
import { ReportFormPage } from './pages/reports/report-form-page.js';
import { ReportPage } from './pages/reports/report-page.js';
import { ReportsPage } from './pages/reports/reports-page.js';
import { SupportPage } from './pages/support/support-page.js';
import { UnitDetailPage } from './pages/unit-detail-page.js';
import { UnitsPage } from './pages/units-page.js';
import { UsersPage } from './pages/users-page.js';
import { navPageOf } from './nav.js';
import { canOpen, matchRoute, type Route } from './routes.js';
import { navigate, useRoute } from './router.js';
import { useSession } from './session.js';

/** Record pages are keyed by id, so moving between two records starts from fresh state. */
function RecordPageFor({ route }: { route: Extract<Route, { id: string }> }) {
  const { id } = route;
  switch (route.page) {
    case 'unit':
      return <UnitDetailPage id={id} />;
    case 'producer':
      return <ProducerDetailPage key={id} id={id} />;
    case 'producerEdit':
      return <ProducerFormPage key={id} id={id} />;
    case 'product':
      return <ProductDetailPage key={id} id={id} />;
    case 'productEdit':
      return <ProductFormPage key={id} id={id} />;
    case 'round':
      return <RoundDetailPage key={id} id={id} />;
    case 'roundEdit':
      return <RoundFormPage key={id} id={id} />;
    case 'idea':
      return <IdeaDetailPage key={id} id={id} />;
    case 'ideaEdit':
      return <IdeaFormPage key={id} id={id} />;
    case 'plan':
      return <PlanDetailPage key={id} id={id} />;
    case 'planEdit':
      return <PlanFormPage key={id} id={id} />;
    case 'dossier':
      return <DossierPage key={id} id={id} />;
    case 'selfAssessment':
      return <SelfAssessmentPage key={id} id={id} />;
    case 'dossierScore':
      return <DossierScorePage key={id} id={id} />;
    case 'certificate':
      return <CertificatePage key={id} id={id} />;
    case 'batch':
      return <BatchPage key={id} id={id} />;
    case 'lot':
      return <LotPage key={id} id={id} />;
    case 'alert':
      return <AlertPage key={id} id={id} />;
    case 'report':
      return <ReportPage key={id} id={id} />;
  }
}

const PLAIN_PAGES = {
  home: HomePage,
  login: HomePage,
  users: UsersPage,
  audit: AuditPage,
  units: UnitsPage,
  producers: ProducersPage,
  producerNew: ProducerFormPage,
  myProducer: MyProducerPage,
  products: ProductsPage,
  productNew: ProductFormPage,
  import: ImportPage,
  rounds: RoundsPage,
  roundNew: RoundFormPage,
  ideas: IdeasPage,
  ideaNew: IdeaFormPage,
  plans: PlansPage,
  planNew: PlanFormPage,
  support: SupportPage,
  notifications: NotificationsPage,
  dossiers: DossiersPage,
  dossierNew: DossierNewPage,
  council: CouncilPage,
  certificates: CertificatesPage,
  stamps: BatchesPage,
  batchNew: BatchNewPage,
  lots: LotsPage,
  alerts: AlertsPage,
  fairs: FairsPage,
  dashboard: LazyDashboardPage,
  reports: ReportsPage,
  reportForm: ReportFormPage,
  programme: ProgrammePage,
  notFound: NotFoundPage,
} satisfies Record<Exclude<Route, { id: string }>['page'], (props: { id?: string }) => ReactNode>;

function PageFor({ route }: { route: Route }) {
  if ('id' in route) return <RecordPageFor route={route} />;
  const Page = PLAIN_PAGES[route.page];
  return <Page />;
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
    <NotificationsProvider>
      <Layout current={navPageOf(route)}>
        {/* Keyed by path: leaving a page (even for the same page type) drops its form state. */}
        <SessionGate key={path} route={route} />
      </Layout>
    </NotificationsProvider>
  );
}
