import type { Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../database.js';
import type { MigrationDb } from './dialect.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-registry.js';
import * as m0003 from './0003-cycle.js';
import * as m0004 from './0004-evaluation.js';
import * as m0005 from './0005-stamps.js';
import * as m0006 from './0006-epcis.js';
import * as m0007 from './0007-producer-reports.js';
import * as m0008 from './0008-fairs.js';
import * as m0009 from './0009-scale-out.js';
import * as m0010 from './0010-dashboard-rollups.js';
import * as m0011 from './0011-dashboard-indexes.js';

type MigrationModule = {
  up(db: MigrationDb, engine: Engine): Promise<void>;
  down(db: MigrationDb, engine: Engine): Promise<void>;
};

// Ordered list of every migration the code knows. Names are stable forever: the database
// records them, and a name the code does not know means the schema is newer than the code.
const MIGRATIONS: ReadonlyArray<readonly [string, MigrationModule]> = [
  ['0001-foundation', m0001],
  ['0002-registry', m0002],
  ['0003-cycle', m0003],
  ['0004-evaluation', m0004],
  ['0005-stamps', m0005],
  ['0006-epcis', m0006],
  ['0007-producer-reports', m0007],
  ['0008-fairs', m0008],
  ['0009-scale-out', m0009],
  ['0010-dashboard-rollups', m0010],
  ['0011-dashboard-indexes', m0011],
];

export const KNOWN_MIGRATIONS: readonly string[] = MIGRATIONS.map(([name]) => name);

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, mod] of MIGRATIONS) {
        out[name] = { up: (db) => mod.up(db, engine), down: (db) => mod.down(db, engine) };
      }
      return out;
    },
  };
}
