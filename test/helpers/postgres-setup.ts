import pg from 'pg';
import { adminUrl } from './engine.js';

// Fails the postgres project early, with instructions, when no server is reachable.
export default async function setup(): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl()} (${err instanceof Error ? err.message : String(err)}).\n` +
        'The test suite runs on SQLite and PostgreSQL. Start PostgreSQL, set TEST_DATABASE_URL to a superuser URL, ' +
        'or run scripts/ci/ensure-postgres.sh which installs and starts one.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
