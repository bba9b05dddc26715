import { Command, Option } from 'commander';
import { ROLES, SYSTEM_ACTOR } from '../../domain/roles.js';
import { generateDemoPassword } from '../../services/setup/seed-demo.js';
import { createUser } from '../../services/users/create-user.js';
import { CreateUserInput } from '../../services/users/user-input.js';
import { action } from '../errors.js';
import { withRuntime } from '../runtime.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

type AddOptions = { role: string; name?: string; email?: string; unit?: string; producer?: string; passwordStdin?: boolean };

function addCommand(): Command {
  return new Command('add')
    .description('create an account; prints a generated password unless --password-stdin is given')
    .argument('<username>')
    .addOption(new Option('--role <role>', 'the account role').choices(ROLES).makeOptionMandatory())
    .option('--name <display name>', 'name shown in the portal (default: the username)')
    .option('--email <email>')
    .option('--unit <unit id>', 'for commune_officer: the unit id (see GET /api/v1/units)')
    .option('--producer <producer id>', 'for producer_member: the producer id')
    .option('--password-stdin', 'read the password from standard input (keeps it out of the process list)')
    .action(action(async (username: string, opts: AddOptions) => {
      const password = opts.passwordStdin === true ? await readStdin() : generateDemoPassword();
      const input = CreateUserInput.parse({
        username, displayName: opts.name ?? username, email: opts.email, password, role: opts.role,
        unitId: opts.unit, producerId: opts.producer === undefined ? undefined : Number(opts.producer),
      });
      const user = await withRuntime((rt) => createUser(rt.ctx, { actor: SYSTEM_ACTOR, input }));
      process.stdout.write(`created user ${user.username} (id ${user.id}, ${user.role})\n`);
      if (opts.passwordStdin !== true) process.stdout.write(`password: ${password}\n`);
    }));
}

export function userCommand(): Command {
  return new Command('user').description('manage accounts').addCommand(addCommand());
}
