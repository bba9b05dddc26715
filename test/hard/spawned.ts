import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openRuntime, type Runtime } from '../../src/server/runtime.js';
import type { TestStore } from '../helpers/engine.js';
import { TEST_PASSWORD, TEST_SECRET, testConfig } from '../helpers/runtime.js';

// The real `ocop serve` process on a test store, for the tests that kill it (-9 or TERM), sample
// its memory or run the CLI next to it. Each start appends to one output log for the whole run.

export type Spawned = {
  base: string;
  pid: number;
  output(): string;
  /** Resident memory of the server process in MiB (from /proc). */
  rssMiB(): number;
  kill9(): Promise<void>;
  /** SIGTERM and wait for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
};

export function serverEnv(store: TestStore, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', OCOP_DATA_DIR: store.dataDir, OCOP_SECRET: TEST_SECRET,
    OCOP_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'warn', ...extra,
  };
  if (store.databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = store.databaseUrl;
  return env;
}

export async function spawnServer(store: TestStore, extra: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<Spawned> {
  const child: ChildProcessWithoutNullStreams = spawn('node', ['bin/ocop.js', 'serve', ...args], { env: serverEnv(store, extra) });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!/listening on (http:\/\/\S+)/.test(output)) {
    if (Date.now() - started > 120_000 || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = (/listening on (http:\/\/\S+)/.exec(output)?.[1] ?? '').replace('localhost', '127.0.0.1');
  const pid = child.pid ?? 0;
  return {
    base, pid,
    output: () => output,
    rssMiB: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Opens the store's database directly (no server), to look at what a killed server left. */
export function openStore(store: TestStore): Promise<Runtime> {
  return openRuntime(testConfig(store), { migrate: false, warn: () => undefined });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000, everyMs = 50): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export { freePort } from '../helpers/server.js';
