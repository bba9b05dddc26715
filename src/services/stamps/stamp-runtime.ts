import type { ServiceContext } from '../context.js';
import { type ProbeTracker, createProbeTracker } from '../scans/probe-tracker.js';
import { type ScanQueue, type ScanQueueOptions, createScanQueue } from '../scans/scan-queue.js';
import { type IssueRunner, type IssueRunnerOptions, createIssueRunner } from './issue-runner.js';
import { stampPolicy } from './stamp-policy.js';

// The stamp service's moving parts that live as long as the server: the issuing job runner, the
// scan-log queue and the per-client failed-lookup tracker. serve() starts it after listening and
// stops it after the HTTP server has drained: the runner finishes its chunk, the queue writes
// every waiting scan, and only then does the database close.

export type StampRuntime = {
  readonly issuer: IssueRunner;
  readonly scans: ScanQueue;
  readonly probes: ProbeTracker;
  start(): void;
  stop(): Promise<void>;
};

export type StampRuntimeOptions = IssueRunnerOptions & { readonly flushMs?: number; readonly onFlush?: ScanQueueOptions['onFlush'] };

export function createStampRuntime(ctx: ServiceContext, opts: StampRuntimeOptions = {}): StampRuntime {
  const policy = stampPolicy();
  const issuer = createIssueRunner(ctx, opts);
  const scans = createScanQueue(ctx, { flushMs: opts.flushMs ?? policy.scanFlushMs, maxRows: policy.scanFlushRows, limit: policy.scanQueueLimit, log: opts.log, onFlush: opts.onFlush });
  const probes = createProbeTracker(policy.lookupLimit);
  let stopping: Promise<void> | undefined;
  return {
    issuer, scans, probes,
    start: () => issuer.start(),
    stop() {
      stopping ??= issuer.stop().then(() => scans.stop());
      return stopping;
    },
  };
}
