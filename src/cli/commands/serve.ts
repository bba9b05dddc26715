import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { serve } from '../../server/serve.js';
import { action } from '../errors.js';

const SHUTDOWN_GRACE_MS = 15_000;

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the platform: migrate, load reference data, demo data on first start, serve HTTP on $PORT')
    .option('--no-migrate', 'refuse to start unless the schema is already current (for deployments that migrate separately)')
    .option('--no-demo', 'do not load demo data on first start')
    .action(action(async (opts: { migrate: boolean; demo: boolean }) => {
      const server = await serve(loadConfig(), { migrate: opts.migrate, demo: opts.demo, print: (l) => process.stdout.write(`${l}\n`) });
      const stop = (signal: string) => {
        server.app.log.info(`${signal}: finishing in-flight requests, then stopping`);
        setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    }));
}
