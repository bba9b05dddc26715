import { type RawBuilder, type SqlBool, sql } from 'kysely';

// Substring search on a pre-folded column (see domain/text.ts): the caller folds the query the same
// way, so LIKE behaves identically on SQLite and PostgreSQL. LIKE's own wildcards in the query
// are escaped so "50%" searches for the text "50%".

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsFolded(column: string, foldedQuery: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(foldedQuery)}%`} escape '\\'`;
}

export type SortDirection = 'asc' | 'desc';
