import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Kysely asks the driver to prepare every query it runs, and better-sqlite3 compiles the SQL
// each time: on the verify path that compilation was about a fifth of the CPU. Kysely generates
// the same SQL text for the same query shape, so prepared statements are kept by their text
// (least recently used dropped first; `IN (?, ?, …)` lists of varying length make new texts).

const DEFAULT_SIZE = 1_000;

export function withStatementCache(sqlite: SQLite.Database, size = DEFAULT_SIZE): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      // A statement still being iterated (a streamed query) cannot run again until it is done.
      if (cached !== undefined && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached === undefined) remember(cache, sql, statement, size);
      return statement;
    },
  };
}

function remember(cache: Map<string, SQLite.Statement>, sql: string, statement: SQLite.Statement, size: number): void {
  if (cache.size >= size) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(sql, statement);
}
