import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { claimLease, releaseLease } from '../../db/repositories/job-leases.js';
import { batchIdsWithStatus, findBatch, moveBatch } from '../../db/repositories/stamp-batches.js';
import { countStampsOfBatch } from '../../db/repositories/stamps.js';
import type { ServiceContext } from '../context.js';
import { instanceId } from '../ops/instance.js';
import { type ChunkHooks, issueNextChunk } from './issue-chunk.js';
import { stampPolicy } from './stamp-policy.js';

// The in-process job runner that issues approved batches. serve() starts it and stops it on
// close (it finishes the chunk in hand, then returns). At start it resumes every batch left
// 'issuing' by a crash or a restart, from the codes that exist. Between chunks it yields to the
// event loop so verification keeps answering while a million codes are written. Several app
// instances share one database: a batch is worked on only under a lease (job_lease
// 'stamp_batch:<id>', renewed after every chunk), so two instances never issue the same batch at
// once, and a crashed instance's batch is resumed by another once its lease runs out.

export type IssueRunner = {
  start(): void;
  /** Wakes the runner now (after an approval) instead of at its next poll. */
  kick(): void;
  stop(): Promise<void>;
};

export type IssueRunnerOptions = {
  readonly chunkSize?: number;
  readonly pollMs?: number;
  readonly log?: (message: string, err?: unknown) => void;
  readonly hooks?: ChunkHooks;
  /** Who holds the batch leases (default: this process); how long a lease lasts without renewal. */
  readonly holder?: string;
  readonly leaseMs?: number;
  /** Observes every chunk: seconds taken, codes written (metrics). */
  readonly onChunk?: (seconds: number, codes: number) => void;
};

/** A sleep that can be cut short: the runner idles between polls and an approval wakes it. */
function createWaker(): { pause(ms: number): Promise<void>; wake(): void } {
  let wake: (() => void) | undefined;
  return {
    pause: (ms) => new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    }),
    wake: () => wake?.(),
  };
}

/** After a restart, the progress counter is re-read from the rows themselves. */
async function reconcile(ctx: ServiceContext, batchId: number): Promise<void> {
  const batch = await findBatch(ctx.db, batchId);
  if (batch === undefined || batch.status !== 'issuing') return;
  const count = await countStampsOfBatch(ctx.db, batchId);
  if (count !== batch.written) await moveBatch(ctx.db, batchId, 'issuing', { written: count });
}

export function createIssueRunner(ctx: ServiceContext, opts: IssueRunnerOptions = {}): IssueRunner {
  const chunkSize = opts.chunkSize ?? stampPolicy().issueChunkSize[ctx.engine];
  const pollMs = opts.pollMs ?? 1000;
  const waker = createWaker();
  const reconciled = new Set<number>();
  const holder = opts.holder ?? instanceId();
  const leaseMs = opts.leaseMs ?? 30_000;
  const hold = (name: string) => claimLease(ctx.db, name, holder, ctx.now().toISOString(), new Date(ctx.now().getTime() + leaseMs).toISOString());
  let stopping = false;
  let running: Promise<void> | undefined;

  /** One chunk, timed; returns whether there is more to do. */
  async function step(batchId: number): Promise<boolean> {
    const started = performance.now();
    const before = opts.onChunk === undefined ? 0 : ((await findBatch(ctx.db, batchId))?.written ?? 0);
    const result = await issueNextChunk(ctx, { batchId, chunkSize, hooks: opts.hooks });
    if (opts.onChunk !== undefined && result === 'progress') {
      const after = (await findBatch(ctx.db, batchId))?.written ?? before;
      opts.onChunk((performance.now() - started) / 1000, after - before);
    }
    return result === 'progress';
  }

  /** Issues a batch while holding its lease; returns false when another instance holds it. */
  async function runBatch(batchId: number): Promise<boolean> {
    const lease = `stamp_batch:${batchId}`;
    if (!(await hold(lease))) return false;
    try {
      if (!reconciled.has(batchId)) {
        await reconcile(ctx, batchId);
        reconciled.add(batchId);
      }
      while (!stopping && (await step(batchId)) && (await hold(lease))) await yieldToEventLoop();
    } finally {
      await releaseLease(ctx.db, lease, holder);
    }
    return true;
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        let worked = false;
        for (const id of await batchIdsWithStatus(ctx.db, 'issuing')) if (!stopping && (await runBatch(id))) worked = true;
        if (!worked && !stopping) await waker.pause(pollMs);
      } catch (err) {
        if (stopping) return;
        opts.log?.('stamp issuing failed; retrying', err);
        await waker.pause(pollMs);
      }
    }
  }

  return {
    start() {
      stopping = false;
      running ??= loop().finally(() => {
        running = undefined;
      });
    },
    kick: () => waker.wake(),
    async stop() {
      stopping = true;
      waker.wake();
      await running;
    },
  };
}
