// The main navigation: which links each role sees, and which link a page belongs to.
import type { ParseKeys } from 'i18next';
import type { Role } from './api-types.js';
import { OFFICERS, PROVINCE, PRODUCER, STAFF, canOpen, type PageName, type Route } from './routes.js';

export type NavItem = {
  path: string;
  page: PageName;
  label: ParseKeys;
  hint?: ParseKeys;
  /** Who sees the link; defaults to everyone who may open the page. */
  roles?: readonly Role[];
  /** Further pages during which this link is marked current. */
  also?: readonly PageName[];
};

const EVALUATING: readonly Role[] = [...OFFICERS, 'producer_member'];
const STAMPING: readonly Role[] = [...PROVINCE, 'producer_member'];

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', page: 'home', label: 'nav.home' },
  { path: '/dashboard', page: 'dashboard', label: 'dashboard.nav', hint: 'dashboard.hint', roles: OFFICERS },
  { path: '/my-producer', page: 'myProducer', label: 'nav.myProducer', hint: 'home.myProducerHint', also: ['producers'] },
  { path: '/producers', page: 'producers', label: 'nav.producers', hint: 'home.producersHint' },
  { path: '/products', page: 'products', label: 'nav.myProducts', hint: 'home.myProductsHint', roles: PRODUCER },
  { path: '/products', page: 'products', label: 'nav.products', hint: 'home.productsHint', roles: STAFF },
  { path: '/ideas', page: 'ideas', label: 'nav.ideasPlans', hint: 'home.ideasPlansHint', roles: PRODUCER, also: ['plans'] },
  { path: '/rounds', page: 'rounds', label: 'nav.rounds', hint: 'home.roundsHint', roles: PROVINCE },
  { path: '/ideas', page: 'ideas', label: 'nav.ideas', hint: 'home.ideasHint', roles: OFFICERS },
  { path: '/business-plans', page: 'plans', label: 'nav.plans', hint: 'home.plansHint', roles: OFFICERS },
  { path: '/dossiers', page: 'dossiers', label: 'nav.dossiers', hint: 'home.dossiersHint', roles: EVALUATING },
  // A council member reaches dossiers only from this list, so their pages belong to it.
  { path: '/council', page: 'council', label: 'nav.council', hint: 'home.councilHint', roles: ['council_member'], also: ['dossier'] },
  { path: '/council', page: 'council', label: 'nav.council', hint: 'home.councilHint', roles: PROVINCE },
  { path: '/certificates', page: 'certificates', label: 'nav.certificates', hint: 'home.certificatesHint', roles: PROVINCE },
  { path: '/stamps', page: 'stamps', label: 'nav.stamps', hint: 'home.stampsHint', roles: STAMPING, also: ['lots'] },
  { path: '/stamps/alerts', page: 'alerts', label: 'nav.alerts', hint: 'home.alertsHint', roles: STAMPING },
  { path: '/fairs', page: 'fairs', label: 'fairs.nav', hint: 'fairs.navHint', roles: STAFF },
  { path: '/reports', page: 'reports', label: 'reports.nav', hint: 'reports.navHint', also: ['reportForm', 'report'] },
  { path: '/programme', page: 'programme', label: 'reports.programmeNav', hint: 'reports.programmeNavHint' },
  { path: '/support', page: 'support', label: 'nav.support', hint: 'home.supportHint', roles: OFFICERS },
  { path: '/import', page: 'import', label: 'nav.import', hint: 'home.importHint' },
  { path: '/units', page: 'units', label: 'nav.units', hint: 'home.unitsHint' },
  { path: '/users', page: 'users', label: 'nav.users', hint: 'home.usersHint' },
  { path: '/audit', page: 'audit', label: 'nav.audit', hint: 'home.auditHint' },
  { path: '/notifications', page: 'notifications', label: 'nav.notifications', roles: PRODUCER },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(item.page, role) && (item.roles === undefined || item.roles.includes(role)));
}

export function isCurrent(item: NavItem, current: PageName): boolean {
  return item.page === current || (item.also?.includes(current) ?? false);
}

const LIST_OF: Partial<Record<PageName, PageName>> = {
  unit: 'units',
  producer: 'producers',
  producerNew: 'producers',
  producerEdit: 'producers',
  product: 'products',
  productNew: 'products',
  productEdit: 'products',
  round: 'rounds',
  roundNew: 'rounds',
  roundEdit: 'rounds',
  idea: 'ideas',
  ideaNew: 'ideas',
  ideaEdit: 'ideas',
  plan: 'plans',
  planNew: 'plans',
  planEdit: 'plans',
  dossier: 'dossiers',
  dossierNew: 'dossiers',
  selfAssessment: 'dossiers',
  dossierScore: 'council',
  certificate: 'certificates',
  batch: 'stamps',
  batchNew: 'stamps',
  lot: 'stamps',
  alert: 'alerts',
};

/** The nav item to mark as current: detail and form pages belong to their list. */
export function navPageOf(route: Route): PageName {
  return LIST_OF[route.page] ?? route.page;
}
