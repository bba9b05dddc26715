// Which pages exist and which roles may open them. The server enforces the same rules on
// the API; checking here only spares users a page that would answer 403 anyway.
import type { Role } from './api-types.js';
import type { ParseKeys } from 'i18next';

export type Route =
  | { page: 'home' }
  | { page: 'login' }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'units' }
  | { page: 'unit'; id: string }
  | { page: 'notFound' };

export type PageName = Route['page'];

const STAFF: readonly Role[] = ['province_admin', 'province_officer', 'commune_officer', 'council_member'];
const ADMIN: readonly Role[] = ['province_admin'];

const ACCESS: Partial<Record<PageName, readonly Role[]>> = {
  users: ADMIN,
  audit: ADMIN,
  units: STAFF,
  unit: STAFF,
};

export function matchRoute(path: string): Route {
  if (path === '/') return { page: 'home' };
  if (path === '/login') return { page: 'login' };
  if (path === '/users') return { page: 'users' };
  if (path === '/audit') return { page: 'audit' };
  if (path === '/units') return { page: 'units' };
  const unit = /^\/units\/([^/]+)$/.exec(path);
  if (unit?.[1]) return { page: 'unit', id: decodeURIComponent(unit[1]) };
  return { page: 'notFound' };
}

export function canOpen(page: PageName, role: Role): boolean {
  const allowed = ACCESS[page];
  return allowed === undefined || allowed.includes(role);
}

export type NavItem = { path: string; page: PageName; label: ParseKeys; hint?: ParseKeys };

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', page: 'home', label: 'nav.home' },
  { path: '/units', page: 'units', label: 'nav.units', hint: 'home.unitsHint' },
  { path: '/users', page: 'users', label: 'nav.users', hint: 'home.usersHint' },
  { path: '/audit', page: 'audit', label: 'nav.audit', hint: 'home.auditHint' },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(item.page, role));
}

/** The nav item to mark as current: detail pages belong to their list. */
export function navPageOf(route: Route): PageName {
  return route.page === 'unit' ? 'units' : route.page;
}
