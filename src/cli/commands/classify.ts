import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';
import { classifyProduct } from '../../services/scoring/classify-product.js';
import { planStarUpgrade } from '../../services/scoring/plan-star-upgrade.js';
import { UpgradeInput } from '../../services/scoring/scoring-input.js';
import { action } from '../errors.js';

// `ocop classify` scores a product from an answers file without touching the database, so it
// works for batch runs and for checking a self-assessment before it is filed.

type ClassifyOptions = {
  set: string; answers: string; case?: string; producerType?: string; version?: string; legalVersion?: string; gap?: boolean; targetStar?: string;
};

function readAnswers(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read answers file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`answers file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  // JSON.parse keeps the last of two equal keys; a hand-edited file answering a criterion twice
  // is a mistake to report, not to resolve silently.
  const seen = new Set<string>();
  for (const [, code] of text.matchAll(/"([A-Z](?:\.\d+)+)"\s*:/g)) {
    if (code !== undefined && seen.has(code)) throw new Error(`answers file ${file} answers ${code} twice`);
    if (code !== undefined) seen.add(code);
  }
  return parsed;
}

const toNumber = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export function classifyCommand(): Command {
  return new Command('classify')
    .description('score a product from an answers file and print the result as JSON (total, part totals, band, star earned, markers missed, explanation).\n'
      + 'The answers file is a JSON object mapping each leaf criterion code to the 0-based position of the chosen option, e.g. {"A.1.1": 2, "A.1.2": 0, ...}; see docs/scoring.md.')
    .requiredOption('--set <number>', 'product set number (1–26 under 26/2026/QĐ-TTg)')
    .requiredOption('--answers <file.json>', 'the answers file')
    .addOption(new Option('--case <n>', 'tourism sheets: 1 = service provided by the community, 2 = tourist site / organisation or individual').choices(['1', '2']))
    .addOption(new Option('--producer-type <type>', 'legal form of the producer (checks producer-specific options)').choices(PRODUCER_TYPE_INPUTS))
    // The root program owns a bare `--version` (it prints the program version wherever it appears),
    // so the legal version is also accepted as --legal-version, and as --version=<v>.
    .option('--version <legal version>', 'legal version, e.g. 26/2026/QĐ-TTg or 1048/QĐ-TTg (default: the version in force today); write --version=<v>, or use --legal-version')
    .option('--legal-version <legal version>', 'same as --version')
    .option('--gap', 'print the gap analysis instead: the fewest-points improvements that reach the next star')
    .addOption(new Option('--target-star <n>', 'with --gap: the star to plan for (default: the next one)').choices(['2', '3', '4', '5']))
    .action(action(async (opts: ClassifyOptions) => {
      const input = UpgradeInput.parse({
        setNumber: toNumber(opts.set), answers: readAnswers(opts.answers), case: toNumber(opts.case),
        producerType: opts.producerType, legalVersion: opts.legalVersion ?? opts.version, targetStar: toNumber(opts.targetStar),
      });
      const ctx = { now: () => new Date() };
      const result = opts.gap === true ? planStarUpgrade(ctx, { input }) : classifyProduct(ctx, { input });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    }));
}
