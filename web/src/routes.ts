// Which pages exist and which roles may open them. The server enforces the same rules on
// the API; checking here only spares users a page that would answer 403 anyway.
import type { Role } from './api-types.js';

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
  | 'dossiers'
  | 'dossierNew'
  | 'council'
  | 'certificates'
  | 'stamps'
  | 'batchNew'
  | 'lots'
  | 'alerts'
  | 'fairs'
  | 'dashboard'
  | 'reports'
  | 'reportForm'
  | 'programme'
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
  | 'planEdit'
  | 'dossier'
  | 'selfAssessment'
  | 'dossierScore'
  | 'certificate'
  | 'batch'
  | 'lot'
  | 'alert'
  | 'report';

export type Route = { page: PlainPage } | { page: RecordPage; id: string };
export type PageName = Route['page'];

export const PROVINCE: readonly Role[] = ['province_admin', 'province_officer'];
const ADMIN: readonly Role[] = ['province_admin'];
export const STAFF: readonly Role[] = [...PROVINCE, 'commune_officer', 'council_member'];
/** Province staff and commune officers: register producers, import, record support. */
export const OFFICERS: readonly Role[] = [...PROVINCE, 'commune_officer'];
export const PRODUCER: readonly Role[] = ['producer_member'];
export const COUNCIL: readonly Role[] = ['council_member', ...PROVINCE];
/** Who may change a producer's record or its products (the server checks the scope). */
const EDITORS: readonly Role[] = [...OFFICERS, 'producer_member'];
/** Who writes ideas and plans: the producer, or its commune officer on its behalf. */
const APPLICANTS: readonly Role[] = ['commune_officer', 'producer_member'];
/** Who opens and fills in an evaluation dossier: the producer, or province staff for it. */
const DOSSIER_APPLICANTS: readonly Role[] = [...PROVINCE, 'producer_member'];
/** Who handles stamps: the producer that sticks them on, and the province that issues them. */
const STAMP_USERS: readonly Role[] = [...PROVINCE, 'producer_member'];

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
  // Council members score products; the cycle's records are closed to them.
  ideas: EDITORS,
  idea: EDITORS,
  ideaNew: APPLICANTS,
  ideaEdit: APPLICANTS,
  plans: EDITORS,
  plan: EDITORS,
  planNew: APPLICANTS,
  planEdit: APPLICANTS,
  support: EDITORS,
  dossierNew: DOSSIER_APPLICANTS,
  selfAssessment: DOSSIER_APPLICANTS,
  dossierScore: COUNCIL,
  council: COUNCIL,
  certificates: EDITORS,
  certificate: EDITORS,
  stamps: STAMP_USERS,
  batch: STAMP_USERS,
  batchNew: STAMP_USERS,
  lots: STAMP_USERS,
  lot: STAMP_USERS,
  alerts: EDITORS,
  alert: EDITORS,
  // Yearly reports: producers file their own; offices follow up; council members have no part.
  reports: EDITORS,
  report: EDITORS,
  reportForm: DOSSIER_APPLICANTS,
  programme: OFFICERS,
  dashboard: OFFICERS,
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
  '/dossiers': 'dossiers',
  '/dossiers/new': 'dossierNew',
  '/council': 'council',
  '/certificates': 'certificates',
  '/stamps': 'stamps',
  '/stamps/batches/new': 'batchNew',
  '/stamps/lots': 'lots',
  '/stamps/alerts': 'alerts',
  '/fairs': 'fairs',
  '/dashboard': 'dashboard',
  '/reports': 'reports',
  '/reports/form': 'reportForm',
  '/programme': 'programme',
};

/** Record pages by address pattern; ":id" stands for the record's id. Links in notifications use these. */
const RECORD_PATHS: readonly (readonly [string, RecordPage])[] = [
  ['/units/:id', 'unit'],
  ['/producers/:id', 'producer'],
  ['/producers/:id/edit', 'producerEdit'],
  ['/products/:id', 'product'],
  ['/products/:id/edit', 'productEdit'],
  ['/rounds/:id', 'round'],
  ['/rounds/:id/edit', 'roundEdit'],
  ['/ideas/:id', 'idea'],
  ['/ideas/:id/edit', 'ideaEdit'],
  ['/business-plans/:id', 'plan'],
  ['/business-plans/:id/edit', 'planEdit'],
  ['/dossiers/:id', 'dossier'],
  ['/dossiers/:id/self-assessment', 'selfAssessment'],
  ['/dossiers/:id/score', 'dossierScore'],
  ['/certificates/:id', 'certificate'],
  ['/stamps/batches/:id', 'batch'],
  ['/stamps/lots/:id', 'lot'],
  ['/stamps/alerts/:id', 'alert'],
  ['/reports/:id', 'report'],
];

/** The id captured by `pattern` from `path`, or undefined when the path does not fit it. */
function captureId(pattern: string, path: string): string | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  let id: string | undefined;
  for (const [index, segment] of want.entries()) {
    const actual = have[index] ?? '';
    if (segment === ':id') id = actual;
    else if (segment !== actual) return undefined;
  }
  return id === undefined || id === '' ? undefined : decodeURIComponent(id);
}

export function matchRoute(path: string): Route {
  const plain = STATIC_PATHS[path];
  if (plain !== undefined) return { page: plain };
  for (const [pattern, page] of RECORD_PATHS) {
    const id = captureId(pattern, path);
    if (id !== undefined) return { page, id };
  }
  return { page: 'notFound' };
}

export function canOpen(page: PageName, role: Role): boolean {
  const allowed = ACCESS[page];
  return allowed === undefined || allowed.includes(role);
}
