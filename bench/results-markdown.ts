import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from './lib/child.js';

// Prints bench/results/latest.json as a Markdown table (for docs/benchmarks.md).
// Run: npx tsx bench/results-markdown.ts [file]

const Results = z.object({
  at: z.string(), complete: z.boolean().optional(), seconds: z.number().optional(),
  rows: z.array(z.object({
    figure: z.string(), engine: z.string(), value: z.number().optional(), unit: z.string(), baseline: z.number().optional(),
    ratio: z.number().optional(), target: z.string(), met: z.boolean().optional(), detail: z.string(),
  })),
});

const file = process.argv[2] ?? join(ROOT, 'bench/results/latest.json');
const r = Results.parse(JSON.parse(readFileSync(file, 'utf8')));
const num = (n: number | undefined) => (n === undefined ? '–' : Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100));
const lines = [
  `Run of ${r.at}${r.seconds === undefined ? '' : `, ${Math.floor(r.seconds / 60)} min ${r.seconds % 60} s`}${r.complete === false ? ' (incomplete)' : ''}.`,
  '',
  '| figure | engine | value | baseline | ratio | target | met? | detail |',
  '|---|---|---|---|---|---|---|---|',
  ...r.rows.map((x) => `| ${x.figure} | ${x.engine} | ${num(x.value)} ${x.value === undefined ? '' : x.unit} | ${num(x.baseline)} | ${x.ratio === undefined ? '–' : x.ratio.toFixed(2)} | ${x.target} | ${x.met === undefined ? 'not measured' : x.met ? 'yes' : '**no**'} | ${x.detail.replaceAll('|', '\\|')} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
