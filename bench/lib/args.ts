// Command-line options of `npm run bench`.

export type Engine = 'sqlite' | 'postgres';
export type BenchArgs = { only: string | undefined; quick: boolean; engines: Engine[]; rounds: number };

const USAGE = 'usage: npm run bench -- [--only <figure>] [--quick] [--engine sqlite|postgres]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: undefined, quick: false, engines: ['sqlite', 'postgres'], rounds: 3 };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--engine') {
      const e = argv[++i];
      if (e !== 'sqlite' && e !== 'postgres') throw new Error(`--engine sqlite|postgres\n${USAGE}`);
      args.engines = [e];
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${String(a)}\n${USAGE}`);
  }
  return args;
}
