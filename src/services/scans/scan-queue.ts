import type { ServiceContext } from '../context.js';
import { type PendingAlert, type PendingScan, flushScans } from './flush-scans.js';

// The scan log without slowing the verify page: scans wait in memory and are written in one
// transaction every `flushMs` (or at once when `maxRows` are waiting). Flushes never overlap.
// stop() writes whatever is still waiting; serve() calls it after the HTTP server has stopped
// and before the database closes, so a clean shutdown loses nothing. A crash loses at most the
// last ~75 ms of scans; past `limit` waiting rows (the database is down) new scans are dropped
// and counted rather than exhausting memory.

export type ScanQueue = {
  push(scan: PendingScan): void;
  raise(alert: PendingAlert): void;
  /** Writes everything waiting now (tests, shutdown). */
  flush(): Promise<void>;
  stop(): Promise<void>;
  readonly dropped: () => number;
  /** Scans waiting to be written (metrics). */
  readonly depth: () => number;
};

export type ScanQueueOptions = {
  flushMs: number; maxRows: number; limit: number; log?: (message: string, err?: unknown) => void;
  /** Observes every write: seconds taken, scans written, whether it failed (metrics). */
  onFlush?: (seconds: number, rows: number, failed: boolean) => void;
};

type Waiting = { scans: PendingScan[]; alerts: PendingAlert[]; dropped: number };

/** Writes everything waiting, 5,000 scans per transaction; a failed write is logged and counted as dropped. */
async function writeWaiting(ctx: ServiceContext, w: Waiting, { log, onFlush }: ScanQueueOptions): Promise<void> {
  while (w.scans.length > 0 || w.alerts.length > 0) {
    const batch = { scans: w.scans.slice(0, 5000), alerts: w.alerts };
    w.scans = w.scans.slice(batch.scans.length);
    w.alerts = [];
    const started = performance.now();
    try {
      await flushScans(ctx, batch);
      onFlush?.((performance.now() - started) / 1000, batch.scans.length, false);
    } catch (err) {
      onFlush?.((performance.now() - started) / 1000, batch.scans.length, true);
      w.dropped += batch.scans.length;
      log?.(`scan log: ${batch.scans.length} scans could not be written`, err);
    }
  }
}

export function createScanQueue(ctx: ServiceContext, opts: ScanQueueOptions): ScanQueue {
  const waiting: Waiting = { scans: [], alerts: [], dropped: 0 };
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  // A flush drains everything waiting when it starts, so one queued flush is enough: without this
  // flag every push past maxRows would chain another tiny transaction and undo the batching.
  let queued = false;

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (queued) return chain;
    queued = true;
    chain = chain.then(() => {
      queued = false;
      return writeWaiting(ctx, waiting, opts);
    });
    return chain;
  }

  function schedule(): void {
    if (stopped) return;
    if (waiting.scans.length >= opts.maxRows) void flush();
    else timer ??= setTimeout(() => void flush(), opts.flushMs);
  }

  return {
    push(scan) {
      if (stopped || waiting.scans.length >= opts.limit) {
        waiting.dropped += 1;
        return;
      }
      waiting.scans.push(scan);
      schedule();
    },
    raise(alert) {
      if (stopped) return;
      waiting.alerts.push(alert);
      schedule();
    },
    flush,
    async stop() {
      stopped = true;
      await flush();
    },
    dropped: () => waiting.dropped,
    depth: () => waiting.scans.length,
  };
}
