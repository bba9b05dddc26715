import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { seedDemo } from '../../services/setup/seed-demo.js';
import { withRuntime } from '../runtime.js';
import { action } from '../errors.js';
import { type NationalSeedOptions, runNationalSeed } from './seed-national.js';

export function seedCommand(): Command {
  return new Command('seed')
    .description('load data sets into the database')
    .option('--demo', 'load the demo register and one account per role (once; OCOP_DEMO_PASSWORD sets the password)')
    .option('--scale <scale>', 'national: the benchmark set of 10,000 producers, 20,000 products and 20 million scans (docs/benchmarks.md)')
    .option('--seed <n>', 'with --scale: the random seed (same seed and --until, same data)', '1')
    .option('--until <date>', 'with --scale: last day of the generated scan history (default today)')
    .option('--scans <n>', 'with --scale: number of scans (default 20,000,000)')
    .option('--force', 'with --scale: generate even on a database holding other data')
    .action(action(async (opts: { demo?: boolean } & NationalSeedOptions & { scale?: string }) => {
      if (opts.scale !== undefined) {
        if (opts.scale !== 'national') throw new Error(`--scale: only "national" is known, got ${opts.scale}`);
        return runNationalSeed(opts);
      }
      if (opts.demo !== true) throw new Error('say what to load: --demo or --scale national');
      const config = loadConfig();
      const result = await withRuntime((rt) => seedDemo(rt.ctx, { password: config.demoPassword }), { migrate: true });
      if (!result.seeded) {
        process.stdout.write('demo data is already loaded; nothing to do\n');
        return;
      }
      process.stdout.write(`demo data loaded; logins ${result.usernames.join(', ')} with password ${result.password ?? ''}\n`);
    }));
}
