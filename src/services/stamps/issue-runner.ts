import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { batchIdsWithStatus, findBatch, moveBatch } from '../../db/repositories/stamp-batches.js';
import { countStampsOfBatch } from '../../db/repositories/stamps.js';
import type { ServiceContext } from '../context.js';
import { type ChunkHooks, issueNextChunk } from './issue-chunk.js';
import { stampPolicy } from './stamp-policy.js';

// The in-process job runner that issues approved batches. serve() starts it and stops it on
// close (it finishes the chunk in hand, then returns). At start it resumes every batch left
// 'issuing' by a crash or a restart, from the codes that exist. Between chunks it yields to the
// event loop so verification keeps answering while a million codes are written. One runner per
// database: several app instances would need a lease on the batch (not built; see the docs).

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
  let stopping = false;
  let running: Promise<void> | undefined;

  async function runBatch(batchId: number): Promise<void> {
    if (!reconciled.has(batchId)) {
      await reconcile(ctx, batchId);
      reconciled.add(batchId);
    }
    while (!stopping && (await issueNextChunk(ctx, { batchId, chunkSize, hooks: opts.hooks })) === 'progress') await yieldToEventLoop();
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        const ids = await batchIdsWithStatus(ctx.db, 'issuing');
        for (const id of ids) if (!stopping) await runBatch(id);
        if (ids.length === 0 && !stopping) await waker.pause(pollMs);
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
