import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { LOG_REDACT, buildApp } from '../http/app.js';
import { demoWantedOnStart } from '../services/setup/first-start-demo.js';
import { seedDemo } from '../services/setup/seed-demo.js';
import { stampObservers } from '../services/ops/instruments.js';
import { createOps } from '../services/ops/ops.js';
import { type StampRuntime, createStampRuntime } from '../services/stamps/stamp-runtime.js';
import { type Runtime, openRuntime, packageVersion } from './runtime.js';

export type ServeOptions = { migrate: boolean; demo: boolean; print: (line: string) => void };
export type RunningServer = { app: FastifyInstance; runtime: Runtime; stamps: StampRuntime; url: string; demoPassword: string | undefined; close(): Promise<void> };

const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function firstStartDemo(runtime: Runtime, config: Config, demo: boolean): Promise<string | undefined> {
  if (!demo || !(await demoWantedOnStart(runtime.ctx))) return undefined;
  const result = await seedDemo(runtime.ctx, { password: config.demoPassword });
  return result.password;
}

function banner(print: (l: string) => void, url: string, engine: string, demoPassword: string | undefined, seeded: boolean): void {
  print(`OCOP platform listening on ${url}  (database: ${engine})`);
  print(`  portal:   ${url}/portal/`);
  print(`  API docs: ${url}/api/docs`);
  if (seeded) {
    print('  demo logins (username / password):');
    print(`    admin, officer, commune, council1, council2, council3, producer, producer2  /  ${demoPassword ?? ''}`);
    print('  (the demo password is printed only now; set OCOP_DEMO_PASSWORD to choose it)');
  }
}

/** Starts the platform: schema, reference data, demo data on first start, HTTP, graceful stop. */
export async function serve(config: Config, opts: ServeOptions): Promise<RunningServer> {
  const logger = { level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[redacted]' } };
  const runtime = await openRuntime(config, { migrate: opts.migrate, warn: (m) => opts.print(`warning: ${m}`) });
  const demoPassword = await firstStartDemo(runtime, config, opts.demo);
  // The stamp jobs log through the app's logger, which exists only once the app is built.
  let logError: (message: string, err: unknown) => void = () => undefined;
  const ops = createOps(config, runtime.database);
  const stamps = createStampRuntime(runtime.ctx, { log: (message, err) => logError(message, err), ...stampObservers(ops.instruments) });
  const app = await buildApp({ ctx: runtime.ctx, version: packageVersion(), webDir: WEB_DIR, logger, trustProxy: config.trustProxy, stamps, ops,
    loadShed: { maxInFlight: config.maxInFlight, maxLagMs: config.maxLagMs } });
  logError = (message, err) => app.log.error({ err }, message);
  const address = await app.listen({ port: config.port, host: config.host });
  // Resumes any batch a crash left half-issued; app.close() stops it and flushes the scan log.
  stamps.start();
  const port = new URL(address).port;
  const url = `http://localhost:${port}`;
  banner(opts.print, url, runtime.database.engine, demoPassword, demoPassword !== undefined);
  let closing: Promise<void> | undefined;
  const close = () => {
    // app.close() stops accepting connections and waits for in-flight requests to finish.
    closing ??= app.close().then(() => runtime.database.close());
    return closing;
  };
  return { app, runtime, stamps, url, demoPassword, close };
}
