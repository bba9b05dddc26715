import type { Kysely, Transaction } from 'kysely';
import type { Engine } from '../db/database.js';
import type { DB } from '../db/schema.js';

/** What every service needs from the outside world, passed explicitly (no globals, no container). */
export type ServiceContext = {
  readonly db: Kysely<DB>;
  /**
   * Public reads that may lag a few seconds (verify, resolver, public certificate page, catalogue,
   * open data): the read replica when DATABASE_REPLICA_URL is set and healthy, otherwise the same
   * instance as `db`. Anything that writes, or must read its own writes, uses `db`.
   */
  readonly readDb: Kysely<DB>;
  readonly engine: Engine;
  readonly secret: string;
  /** Folder of stored uploads ($OCOP_DATA_DIR/files), included in backups. */
  readonly filesDir: string;
  /** OCOP_PUBLIC_URL without a trailing slash: the base of printed URLs (certificate QR codes, stamps). */
  readonly publicUrl: string;
  /** Injected so tests can move time (throttling, expiry) without sleeping. */
  readonly now: () => Date;
};

export type Tx = Transaction<DB>;

export function nowIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}
