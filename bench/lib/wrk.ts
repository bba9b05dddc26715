import { spawn } from 'node:child_process';
import { once } from 'node:events';

// Load generation with wrk (Debian's package), pinned to its own core, and its report parsed.

export type WrkResult = {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx3xx: number;
  readonly socketErrors: number;
};

export type WrkOptions = { url: string; seconds: number; connections: number; core?: number; script?: string; scriptArgs?: readonly string[]; headers?: readonly string[] };

function toMs(value: string, unit: string): number {
  const n = Number(value);
  switch (unit) {
    case 'us': return n / 1000;
    case 'ms': return n;
    case 's': return n * 1000;
    case 'm': return n * 60_000;
    default: throw new Error(`wrk: unknown latency unit ${unit}`);
  }
}

export function parseWrk(text: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(text);
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(text);
  const total = /(\d+) requests in/.exec(text);
  if (rps?.[1] === undefined || p50?.[1] === undefined || p50[2] === undefined || p99?.[1] === undefined || p99[2] === undefined || total?.[1] === undefined) {
    throw new Error(`cannot parse wrk output:\n${text}`);
  }
  const non = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = sock === null ? 0 : sock.slice(1).reduce((s, v) => s + Number(v), 0);
  return {
    requestsPerSecond: Number(rps[1]), p50Ms: toMs(p50[1], p50[2]), p99Ms: toMs(p99[1], p99[2]),
    requests: Number(total[1]), non2xx3xx: non?.[1] === undefined ? 0 : Number(non[1]), socketErrors,
  };
}

export async function runWrk(opts: WrkOptions): Promise<WrkResult> {
  const args = ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--latency', '--timeout', '5s'];
  for (const h of opts.headers ?? []) args.push('-H', h);
  if (opts.script !== undefined) args.push('-s', opts.script);
  args.push(opts.url);
  if (opts.scriptArgs !== undefined) args.push('--', ...opts.scriptArgs);
  const [cmd, argv] = opts.core === undefined ? ['wrk', args] : ['taskset', ['-c', String(opts.core), 'wrk', ...args]];
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`wrk failed (exit ${String(code)}):\n${out}`);
  return parseWrk(out);
}
