import { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { createApiToken } from '../../services/auth/create-api-token.js';
import { action } from '../errors.js';
import { withRuntime } from '../runtime.js';

function createCommand(): Command {
  return new Command('create')
    .description('print a new API token; send it as "Authorization: Bearer <token>" to act as that user')
    .requiredOption('--user <username>', 'the account the token acts as')
    .option('--name <name>', 'a label to recognise the token by', 'cli')
    .action(action(async (opts: { user: string; name: string }) => {
      const result = await withRuntime((rt) => createApiToken(rt.ctx, { actor: SYSTEM_ACTOR, username: opts.user, name: opts.name }));
      process.stdout.write(`${result.token}\n`);
    }));
}

export function tokenCommand(): Command {
  return new Command('token').description('manage API tokens for machine clients').addCommand(createCommand());
}
