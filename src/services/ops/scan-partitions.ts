import { withAdvisoryLock } from '../../db/repositories/job-leases.js';
import { createScanPartition, deleteScansBefore, dropScanPartition, scanPartitionNames } from '../../db/repositories/scan-partitions.js';
import { monthStart, partitionName } from '../../db/migrations/0009-scale-out.js';
import type { ServiceContext } from '../context.js';

// The scan log's months on PostgreSQL: every instance makes sure the current month and the next
// `ahead` exist at start, and the daily job does it again and drops the months older than the
// retention (OCOP_SCAN_RETENTION_MONTHS). One advisory lock serialises the DDL across instances.
// SQLite keeps one table; retention there is a DELETE.

const PARTITION_LOCK = 0x0c0b_5ca1;

export async function ensureScanPartitions(ctx: Pick<ServiceContext, 'db' | 'engine' | 'now'>, ahead = 2): Promise<string[]> {
  if (ctx.engine !== 'postgres') return [];
  return withAdvisoryLock(ctx.db, PARTITION_LOCK, async (trx) => {
    const existing = new Set(await scanPartitionNames(trx));
    const created: string[] = [];
    for (let i = 0; i <= ahead; i += 1) {
      const month = monthStart(ctx.now(), i);
      if (existing.has(partitionName(month))) continue;
      await createScanPartition(trx, month);
      created.push(partitionName(month));
    }
    return created;
  });
}

export type RetentionResult = { droppedPartitions: string[]; deletedRows: number; cutoff: string };

/** Removes scans from before the first day of the month `months` months ago. */
export async function applyScanRetention(ctx: Pick<ServiceContext, 'db' | 'engine' | 'now'>, months: number): Promise<RetentionResult> {
  const cutoff = monthStart(ctx.now(), -months);
  if (ctx.engine !== 'postgres') return { droppedPartitions: [], deletedRows: await deleteScansBefore(ctx.db, 'scan', cutoff), cutoff };
  const oldest = partitionName(cutoff);
  return withAdvisoryLock(ctx.db, PARTITION_LOCK, async (trx) => {
    const dropped = (await scanPartitionNames(trx)).filter((n) => /^scan_p\d{4}_\d{2}$/.test(n) && n < oldest);
    for (const name of dropped) await dropScanPartition(trx, name);
    return { droppedPartitions: dropped, deletedRows: await deleteScansBefore(trx, 'scan_p_default', cutoff), cutoff };
  });
}
