import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { seedDemo } from '../../services/setup/seed-demo.js';
import { withRuntime } from '../runtime.js';
import { action } from '../errors.js';

export function seedCommand(): Command {
  return new Command('seed')
    .description('load data sets into the database')
    .option('--demo', 'load the demo register and one account per role (once; OCOP_DEMO_PASSWORD sets the password)')
    .action(action(async (opts: { demo?: boolean }) => {
      if (opts.demo !== true) throw new Error('say what to load: --demo');
      const config = loadConfig();
      const result = await withRuntime((rt) => seedDemo(rt.ctx, { password: config.demoPassword }), { migrate: true });
      if (!result.seeded) {
        process.stdout.write('demo data is already loaded; nothing to do\n');
        return;
      }
      process.stdout.write(`demo data loaded; logins ${result.usernames.join(', ')} with password ${result.password ?? ''}\n`);
    }));
}
