import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The moving parts of the topology test (test/hard/topology.test.ts): a PostgreSQL primary and a
// streaming replica made with the same commands as docs/operations.md ("Read replica"), app
// instances started with `node bin/ocop.js serve`, and nginx with deploy/nginx/ocop.conf.
// initdb and postgres refuse to run as root, so as root they run as the `postgres` user (runuser).

const exec = promisify(execFile);
export const REPO = new URL('../..', import.meta.url).pathname;
const asRoot = process.getuid?.() === 0;

/** The newest Debian PostgreSQL server binaries, or whatever is on PATH. */
function pgBin(tool: string): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(base, v, 'bin', tool)).find((p) => existsSync(p));
  return found ?? tool;
}

async function asPostgres(tool: string, args: string[], timeout = 60_000): Promise<string> {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', pgBin(tool), ...args]] : [pgBin(tool), args];
  const r = await exec(cmd, argv, { timeout, cwd: '/' });
  return r.stdout;
}

export { freePort } from '../helpers/server.js';

/** The base folder: postgres (when root) owns it; nginx workers (nobody) can traverse it. */
export function prepareDir(dir: string): void {
  chmodSync(dir, 0o755);
  if (asRoot) {
    const id = Number.parseInt(readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'))?.split(':')[2] ?? '0', 10);
    chownSync(dir, id, id);
  }
}

export type PgCluster = { dataDir: string; port: number; url: string };

const url = (port: number, db = 'ocop') => `postgres://postgres@127.0.0.1:${port}/${db}`;

/** docs/operations.md, "Read replica", steps 1-2 (trust auth on loopback: a throwaway test cluster). */
export async function startPrimary(dir: string, port: number): Promise<PgCluster> {
  const dataDir = join(dir, 'primary');
  await asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  appendFileSync(dataDir + '/postgresql.conf', [
    `port = ${port}`, `listen_addresses = '127.0.0.1'`, `unix_socket_directories = '${dir}'`,
    'wal_level = replica', 'max_wal_senders = 5', 'hot_standby = on', 'fsync = off', '',
  ].join('\n'));
  await asPostgres('pg_ctl', ['-D', dataDir, '-l', join(dir, 'primary.log'), '-w', '-t', '60', 'start']);
  await exec('psql', [url(port, 'postgres'), '-X', '-v', 'ON_ERROR_STOP=1', '-c', 'create database ocop', '-c', "select pg_create_physical_replication_slot('ocop_replica')"]);
  return { dataDir, port, url: url(port) };
}

/** docs/operations.md, "Read replica", steps 3-4: a base backup that starts as a streaming standby. */
export async function startReplica(dir: string, primary: PgCluster, port: number): Promise<PgCluster> {
  const dataDir = join(dir, 'replica');
  await asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-S', 'ocop_replica', '-X', 'stream', '-c', 'fast']);
  appendFileSync(dataDir + '/postgresql.conf', `port = ${port}\n`);
  await asPostgres('pg_ctl', ['-D', dataDir, '-l', join(dir, 'replica.log'), '-w', '-t', '60', 'start']);
  return { dataDir, port, url: url(port) };
}

export async function stopCluster(c: PgCluster | undefined): Promise<void> {
  if (c !== undefined) await asPostgres('pg_ctl', ['-D', c.dataDir, '-m', 'immediate', '-w', 'stop'], 30_000).catch(() => undefined);
}

export type Proc = { name: string; child: ChildProcess; output: () => string };

export function startProcess(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(cmd, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output: () => out };
}

export async function stopProcess(p: Proc | undefined): Promise<void> {
  if (p === undefined || p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise((resolve) => p.child.once('exit', resolve));
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function ocopCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const r = await exec('node', ['bin/ocop.js', ...args], { cwd: REPO, env, timeout: 120_000 });
  return r.stdout;
}

export async function waitFor(what: string, ok: () => Promise<boolean>, ms: number, proc?: Proc): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await ok().catch(() => false)) return;
    if (proc !== undefined && proc.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not ready in ${ms} ms${proc === undefined ? '' : `\n${proc.output()}`}`);
}

/** deploy/nginx/ocop.conf with the test's ports, inside a minimal nginx.conf of its own (daemon off). */
export function nginxConfig(dir: string, port: number, appPorts: readonly number[]): string {
  const site = readFileSync(join(REPO, 'deploy/nginx/ocop.conf'), 'utf8');
  const servers = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n');
  const templated = site
    .replace(/( {4}server 127\.0\.0\.1:\d+[^\n]*\n)+/, `${servers}\n`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\n\s*listen \[::\]:80;/, '')
    .replace(/server_name [^;]+;/, 'server_name localhost;');
  writeFileSync(join(dir, 'ocop.conf'), templated);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, [
    'daemon off;', 'worker_processes 1;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/nginx-error.log warn;`,
    'events { worker_connections 1024; }',
    'http {', `  access_log ${dir}/nginx-access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/nginx-${t};`),
    `  include ${dir}/ocop.conf;`, '}', '',
  ].join('\n'));
  return conf;
}
