import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { clock, elapsed } from './report.js';

// Running benchmark parts in their own processes: a job script whose last stdout line is its
// JSON result, or a long-lived server pinned to one core. TypeScript runs through tsx's loader.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type Pin = { core?: number | undefined };

function command(script: string, args: readonly string[], pin: Pin, nodeFlags: readonly string[] = []): [string, string[]] {
  const node = [...nodeFlags, '--import', 'tsx', script, ...args];
  return pin.core === undefined ? [process.execPath, node] : ['taskset', ['-c', String(pin.core), process.execPath, ...node]];
}

/** Runs a script to completion and parses the last line of its stdout as JSON. */
export async function runJob(script: string, args: readonly string[], env: NodeJS.ProcessEnv, pin: Pin = {}): Promise<unknown> {
  const [cmd, argv] = command(script, args, pin);
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString('utf8');
    for (const line of b.toString('utf8').split('\n')) if (line.startsWith('progress:')) process.stderr.write(`    +${clock(elapsed())} ${line.slice(9).trim()}\n`);
  });
  const [code] = await once(child, 'exit');
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || last === '') throw new Error(`${script} failed (exit ${String(code)}):\n${err.slice(-3000)}`);
  const parsed: unknown = JSON.parse(last);
  return parsed;
}

export type Server = { child: ChildProcess; stop(): Promise<void> };

/** Starts a server script and waits until it prints a line containing `ready`. */
export async function startServer(script: string, args: readonly string[], env: NodeJS.ProcessEnv, pin: Pin, ready: RegExp, nodeFlags: readonly string[] = []): Promise<Server> {
  const [cmd, argv] = command(script, args, pin, nodeFlags);
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s:\n${log.slice(-3000)}`)), 120_000);
    const onData = (b: Buffer) => {
      log += b.toString('utf8');
      if (ready.test(log)) { clearTimeout(timer); resolve(); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => { log += b.toString('utf8'); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${script} exited (${String(code)}) before it was ready:\n${log.slice(-3000)}`)); });
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return { child, stop };
}
