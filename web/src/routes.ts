// Which pages exist and which roles may open them. The server enforces the same rules on
// the API; checking here only spares users a page that would answer 403 anyway.
import type { Role } from './api-types.js';
import type { ParseKeys } from 'i18next';

type PlainPage =
  | 'home'
  | 'login'
  | 'users'
  | 'audit'
  | 'units'
  | 'producers'
  | 'producerNew'
  | 'myProducer'
  | 'products'
  | 'productNew'
  | 'import'
  | 'rounds'
  | 'roundNew'
  | 'ideas'
  | 'ideaNew'
  | 'plans'
  | 'planNew'
  | 'support'
  | 'notifications'
  | 'notFound';

type RecordPage =
  | 'unit'
  | 'producer'
  | 'producerEdit'
  | 'product'
  | 'productEdit'
  | 'round'
  | 'roundEdit'
  | 'idea'
  | 'ideaEdit'
  | 'plan'
  | 'planEdit';

export type Route = { page: PlainPage } | { page: RecordPage; id: string };
export type PageName = Route['page'];

const PROVINCE: readonly Role[] = ['province_admin', 'province_officer'];
const ADMIN: readonly Role[] = ['province_admin'];
const STAFF: readonly Role[] = [...PROVINCE, 'commune_officer', 'council_member'];
/** Province staff and commune officers: register producers, import, record support. */
const OFFICERS: readonly Role[] = [...PROVINCE, 'commune_officer'];
const PRODUCER: readonly Role[] = ['producer_member'];
/** Who may change a producer's record or its products (the server checks the scope). */
const EDITORS: readonly Role[] = [...OFFICERS, 'producer_member'];
/** Who writes ideas and plans: the producer, or its commune officer on its behalf. */
const APPLICANTS: readonly Role[] = ['commune_officer', 'producer_member'];

const ACCESS: Partial<Record<PageName, readonly Role[]>> = {
  users: ADMIN,
  audit: ADMIN,
  units: STAFF,
  unit: STAFF,
  producers: STAFF,
  producerNew: OFFICERS,
  producerEdit: EDITORS,
  myProducer: PRODUCER,
  productNew: EDITORS,
  productEdit: EDITORS,
  import: OFFICERS,
  roundNew: PROVINCE,
  roundEdit: PROVINCE,
  // Council members score products later; the cycle's records are closed to them.
  ideas: EDITORS,
  idea: EDITORS,
  ideaNew: APPLICANTS,
  ideaEdit: APPLICANTS,
  plans: EDITORS,
  plan: EDITORS,
  planNew: APPLICANTS,
  planEdit: APPLICANTS,
  support: EDITORS,
};

const STATIC_PATHS: Record<string, PlainPage> = {
  '/': 'home',
  '/login': 'login',
  '/users': 'users',
  '/audit': 'audit',
  '/units': 'units',
  '/producers': 'producers',
  '/producers/new': 'producerNew',
  '/my-producer': 'myProducer',
  '/products': 'products',
  '/products/new': 'productNew',
  '/import': 'import',
  '/rounds': 'rounds',
  '/rounds/new': 'roundNew',
  '/ideas': 'ideas',
  '/ideas/new': 'ideaNew',
  '/business-plans': 'plans',
  '/business-plans/new': 'planNew',
  '/support': 'support',
  '/notifications': 'notifications',
};

/** Record pages by collection: [detail page, edit page] (units have no edit page). */
const RECORD_PATHS: Record<string, [RecordPage, RecordPage | null]> = {
  units: ['unit', null],
  producers: ['producer', 'producerEdit'],
  products: ['product', 'productEdit'],
  rounds: ['round', 'roundEdit'],
  ideas: ['idea', 'ideaEdit'],
  'business-plans': ['plan', 'planEdit'],
};

export function matchRoute(path: string): Route {
  const plain = STATIC_PATHS[path];
  if (plain !== undefined) return { page: plain };
  const match = /^\/([a-z-]+)\/([^/]+)(\/edit)?$/.exec(path);
  const pages = match?.[1] === undefined ? undefined : RECORD_PATHS[match[1]];
  if (!match?.[2] || pages === undefined) return { page: 'notFound' };
  const page = match[3] ? pages[1] : pages[0];
  return page === null ? { page: 'notFound' } : { page, id: decodeURIComponent(match[2]) };
}

export function canOpen(page: PageName, role: Role): boolean {
  const allowed = ACCESS[page];
  return allowed === undefined || allowed.includes(role);
}

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

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', page: 'home', label: 'nav.home' },
  { path: '/my-producer', page: 'myProducer', label: 'nav.myProducer', hint: 'home.myProducerHint', also: ['producers'] },
  { path: '/producers', page: 'producers', label: 'nav.producers', hint: 'home.producersHint' },
  { path: '/products', page: 'products', label: 'nav.myProducts', hint: 'home.myProductsHint', roles: PRODUCER },
  { path: '/products', page: 'products', label: 'nav.products', hint: 'home.productsHint', roles: STAFF },
  { path: '/ideas', page: 'ideas', label: 'nav.ideasPlans', hint: 'home.ideasPlansHint', roles: PRODUCER, also: ['plans'] },
  { path: '/rounds', page: 'rounds', label: 'nav.rounds', hint: 'home.roundsHint', roles: PROVINCE },
  { path: '/ideas', page: 'ideas', label: 'nav.ideas', hint: 'home.ideasHint', roles: OFFICERS },
  { path: '/business-plans', page: 'plans', label: 'nav.plans', hint: 'home.plansHint', roles: OFFICERS },
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
};

/** The nav item to mark as current: detail and form pages belong to their list. */
export function navPageOf(route: Route): PageName {
  return LIST_OF[route.page] ?? route.page;
}
