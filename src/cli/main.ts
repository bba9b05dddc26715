import { Command } from 'commander';
import { packageVersion } from '../server/runtime.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { classifyCommand } from './commands/classify.js';
import { jobsCommand } from './commands/jobs.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { traceCommand } from './commands/trace.js';
import { tokenCommand } from './commands/token.js';
import { userCommand } from './commands/user.js';

const program = new Command('ocop')
  .description('OCOP platform: run the server and administer its data.\nConfiguration comes from environment variables (see README): PORT, HOST, DATABASE_URL, OCOP_DATA_DIR, OCOP_PUBLIC_URL, OCOP_SECRET.')
  .version(packageVersion())
  .showHelpAfterError()
  .enablePositionalOptions()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(seedCommand())
  .addCommand(userCommand())
  .addCommand(tokenCommand())
  .addCommand(backupCommand())
  .addCommand(classifyCommand())
  .addCommand(jobsCommand())
  .addCommand(traceCommand())
  .addCommand(restoreCommand());

await program.parseAsync(process.argv);
