import SQLite from 'better-sqlite3';
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/db/statement-cache.js';

// The SQLite statement cache must be invisible: the same answers as without it, including a
// query run again while the same query is still being streamed, and after the schema changes.

type T = { item: { id: Generated<number>; name: string } };

function open(size?: number) {
  const sqlite = new SQLite(':memory:');
  sqlite.exec(`create table item (id integer primary key, name text not null); insert into item (name) values ('a'), ('b'), ('c')`);
  return new Kysely<T>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, size) }) });
}

describe('SQLite statement cache', () => {
  it('answers a repeated query with fresh data after writes', async () => {
    const db = open();
    const count = async () => (await db.selectFrom('item').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count()).toBe(3);
    await db.insertInto('item').values({ name: 'd' }).execute();
    expect(await count()).toBe(4);
    await db.destroy();
  });

  it('runs the same query again while it is still being iterated', () => {
    // Kysely serialises queries on its one connection, so this happens below it, in the driver.
    const sqlite = new SQLite(':memory:');
    sqlite.exec(`create table item (id integer primary key, name text not null); insert into item (name) values ('a'), ('b'), ('c')`);
    const cached = withStatementCache(sqlite);
    const text = 'select name from item order by id';
    const outer: string[] = [];
    const inner: number[] = [];
    for (const row of cached.prepare(text).iterate([]) as Iterable<{ name: string }>) {
      outer.push(row.name);
      inner.push(cached.prepare(text).all([]).length);
    }
    expect(outer).toEqual(['a', 'b', 'c']);
    expect(inner).toEqual([3, 3, 3]);
    sqlite.close();
  });

  it('keeps working past its size and after the table it read was altered', async () => {
    const db = open(2);
    for (const id of [1, 2, 3, 1, 2, 3]) {
      const row = await db.selectFrom('item').select('name').where('id', '=', id).where(sql<boolean>`${sql.lit(id)} = ${id}`).executeTakeFirst();
      expect(row?.name).toBe(['a', 'b', 'c'][id - 1]);
    }
    await sql`alter table item add column note text`.execute(db);
    await db.updateTable('item').set({ name: 'z' }).where('id', '=', 1).execute();
    expect((await db.selectFrom('item').select('name').where('id', '=', 1).executeTakeFirst())?.name).toBe('z');
    await db.destroy();
  });
});
