import { join } from 'node:path';
import { cpus } from 'node:os';
import { httpFigures } from './http/http-figures.js';
import { issuanceFigure, labelFigure } from './jobs/job-figures.js';
import { nationalFigures } from './national/national-figures.js';
import { type BenchArgs, type Engine, parseArgs } from './lib/args.js';
import { ROOT } from './lib/child.js';
import { dropPgBench } from './lib/engines.js';
import { type Row, clock, elapsed, formatTable, notMeasured, progress, writeResults } from './lib/report.js';

// `npm run bench`: every figure of issue #8 against a baseline measured in the same run on the
// same machine, three rounds each, medians. Prints the table and writes bench/results/latest.json.
// Method and the latest numbers: docs/benchmarks.md. Sections run one after another, never side
// by side: two measurements sharing the two cores would distort each other's ratios.

const RESULTS = join(ROOT, 'bench/results/latest.json');
/** One wrk run: 5 s at 100 connections is tens of thousands of requests, enough for a stable median of three. */
const HTTP_SECONDS = 5;

type Section = { name: string; perEngine: boolean; figures: readonly string[]; run(engine: Engine, args: BenchArgs): Promise<Row[]> };

const SECTIONS: readonly Section[] = [
  {
    name: 'http', perEngine: true, figures: ['verify-html', 'verify-json', 'resolver-307', 'resolver-linkset'],
    run: (engine, args) => httpFigures(engine, { rounds: args.rounds, seconds: args.quick ? 3 : HTTP_SECONDS, codes: args.quick ? 2000 : 20_000, only: args.only, nodeFlags: cpuProfFlags() }),
  },
  {
    name: 'issuance', perEngine: true, figures: ['stamp-issuance'],
    run: async (engine, args) => [await issuanceFigure(engine, { rounds: args.rounds, quantity: args.quick ? 50_000 : 1_000_000 })],
  },
  {
    // Rendering dominates; the database only pages the codes out, so one engine is enough.
    name: 'labels', perEngine: false, figures: ['label-pdf'],
    run: async (engine, args) => [await labelFigure(engine, { rounds: args.rounds, quantity: args.quick ? 1000 : 10_000 })],
  },
  {
    name: 'national', perEngine: true, figures: ['dashboard', 'catalogue-search', 'epcis-capture'],
    run: (engine, args) => nationalFigures(engine, {
      scans: args.quick ? 200_000 : 20_000_000, seed: 1, requests: args.quick ? 5 : 20, seconds: args.quick ? 2 : 4, rounds: args.rounds, epcisEvents: 1000,
    }, args.only),
  },
];

function cpuProfFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', '--cpu-prof-dir', dir];
}

/** A section that threw: its rows fail loudly instead of taking the whole run down. */
function failed(section: Section, engine: Engine, err: unknown): Row[] {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`!!! ${section.name}/${engine} FAILED: ${message}\n`);
  const reason = message.split('\n')[0] ?? message;
  return section.figures.map((figure) => ({ ...notMeasured(figure, engine, '', `FAILED: ${reason}`), met: false }));
}

function wanted(section: Section, only: string | undefined): boolean {
  return only === undefined || only === section.name || section.figures.includes(only);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const rows: Row[] = [];
  const timings: { section: string; engine: Engine; seconds: number }[] = [];
  progress(`${cpus().length} cores; engines ${args.engines.join(', ')}${args.quick ? '; quick sizes' : ''}`);
  try {
    for (const section of SECTIONS.filter((s) => wanted(s, args.only))) {
      for (const engine of section.perEngine ? args.engines : args.engines.slice(0, 1)) {
        progress(`${section.name}/${engine}: start`);
        const sectionStart = elapsed();
        rows.push(...(await section.run(engine, args).catch((err: unknown) => failed(section, engine, err))));
        timings.push({ section: section.name, engine, seconds: Math.round(elapsed() - sectionStart) });
        progress(`${section.name}/${engine}: done in ${clock(elapsed() - sectionStart)}`);
        // Written after every section, so a run cut short still leaves what it measured.
        writeResults(RESULTS, { at: new Date().toISOString(), complete: false, quick: args.quick, rows });
      }
    }
  } finally {
    if (args.engines.includes('postgres')) await dropPgBench().catch(() => undefined);
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  const perSection = timings.map((t) => `${t.section}/${t.engine} ${clock(t.seconds)}`).join(', ');
  process.stdout.write(`\n${formatTable(rows)}\n\nsections: ${perSection}\ntotal ${Math.floor(seconds / 60)} min ${seconds % 60} s\n`);
  writeResults(RESULTS, { at: new Date().toISOString(), complete: true, quick: args.quick, cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, seconds, timings, rows });
}

await main();
