// A router small enough to read in one go: the path under /portal is the only route state,
// kept in the History API so back/forward and deep links work without a library.
import { useSyncExternalStore } from 'react';

export const BASE_PATH = '/portal';
const NAVIGATE_EVENT = 'ocop:navigate';

function currentPath(): string {
  const { pathname } = window.location;
  const inside = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
  // "/portal" and "/portal/" are both the home page; trailing slashes elsewhere are noise.
  const trimmed = inside.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current path relative to /portal, e.g. "/", "/users", "/units/42". */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The full URL path for a portal path. */
export function portalHref(path: string): string {
  return BASE_PATH + (path.startsWith('/') ? path : `/${path}`);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const href = portalHref(path);
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** Query parameters of the current address, for pages that keep their filters in the URL. */
export function readSearch(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** Rewrites the query without a history entry, so Back leaves the page instead of undoing a filter. */
export function replaceSearch(values: Record<string, string>): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const search = params.toString();
  const url = window.location.pathname + (search ? `?${search}` : '');
  window.history.replaceState(window.history.state, '', url);
}

/** A link the server wrote as a full portal path ("/portal/ideas/7") as a path for navigate(). */
export function pathInPortal(href: string): string {
  if (href === BASE_PATH) return '/';
  return href.startsWith(`${BASE_PATH}/`) ? href.slice(BASE_PATH.length) : href;
}
