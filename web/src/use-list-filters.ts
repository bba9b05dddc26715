// A list page's filters and page number, kept in the address too: Back from a record returns
// to the same filtered page, and a filtered list can be shared as a link.
import { useEffect, useState } from 'react';
import { readSearch, replaceSearch } from './router.js';

export type ListFilters<K extends string> = {
  filters: Record<K, string>;
  page: number;
  setPage(page: number): void;
  /** Changes some filters and goes back to page 1, since the old page may no longer exist. */
  change(patch: Partial<Record<K, string>>): void;
};

function fromAddress<K extends string>(defaults: Record<K, string>): Record<K, string> {
  const params = readSearch();
  const result = { ...defaults };
  for (const key in defaults) result[key] = params.get(key) ?? defaults[key];
  return result;
}

export function useListFilters<K extends string>(defaults: Record<K, string>): ListFilters<K> {
  const [filters, setFilters] = useState(() => fromAddress(defaults));
  const [page, setPage] = useState(() => Math.max(1, Number(readSearch().get('page')) || 1));
  useEffect(() => {
    replaceSearch({ ...filters, page: page > 1 ? String(page) : '' });
  }, [filters, page]);
  const change = (patch: Partial<Record<K, string>>) => {
    setFilters((old) => ({ ...old, ...patch }));
    setPage(1);
  };
  return { filters, page, setPage, change };
}
