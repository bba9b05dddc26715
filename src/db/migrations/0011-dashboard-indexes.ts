import type { MigrationDb } from './dialect.js';

// Indexes for the dashboard's certificate aggregates on the national-scale set (docs/benchmarks.md).
// Nearly every figure starts from "certificates live on a day" (issued, not expired, revoked or
// superseded by then): with every column of that test plus star and product in one index, the
// live set is an index range (expires_on >= day) read without touching the wide certificate rows.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.createIndex('certificate_live_idx').on('certificate')
    .columns(['expires_on', 'issued_on', 'revoked_on', 'superseded_on', 'star', 'product_id']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('certificate_live_idx').execute();
}
