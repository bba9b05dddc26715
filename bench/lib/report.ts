import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// One row of the benchmark table and how the table is printed and written.

export type Row = {
  readonly figure: string;
  readonly engine: string;
  /** Median of the rounds, in `unit`; undefined when not measured. */
  readonly value: number | undefined;
  readonly unit: string;
  readonly baseline: number | undefined;
  readonly ratio: number | undefined;
  readonly target: string;
  /** undefined when not measured. */
  readonly met: boolean | undefined;
  /** Extra facts (p99, peak RSS, rounds) or why it was not measured. */
  readonly detail: string;
  readonly rounds?: readonly unknown[];
};

export function notMeasured(figure: string, engine: string, target: string, reason: string): Row {
  return { figure, engine, value: undefined, unit: '', baseline: undefined, ratio: undefined, target, met: undefined, detail: `not measured: ${reason}` };
}

const fmt = (n: number | undefined, unit = ''): string => {
  if (n === undefined || Number.isNaN(n)) return '–';
  const s = Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100);
  return unit === '' ? s : `${s} ${unit}`;
};

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
}

export function formatTable(rows: readonly Row[]): string {
  const head = ['figure', 'engine', 'value', 'baseline', 'ratio', 'target', 'met?', 'detail'];
  const body = rows.map((r) => [
    r.figure, r.engine, fmt(r.value, r.unit), fmt(r.baseline, r.unit), r.ratio === undefined ? '–' : r.ratio.toFixed(2), r.target,
    r.met === undefined ? 'not measured' : r.met ? 'yes' : 'NO', r.detail,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [pad(head, widths), rule, ...body.map((b) => pad(b, widths))].join('\n');
}

export function writeResults(path: string, data: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

const STARTED = performance.now();

/** m:ss (or h:mm:ss) of a duration in seconds. */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  const mm = `${Math.floor((s % 3600) / 60)}`.padStart(s >= 3600 ? 2 : 1, '0');
  return `${s >= 3600 ? `${Math.floor(s / 3600)}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds since the harness started. */
export function elapsed(): number {
  return (performance.now() - STARTED) / 1000;
}

/** A progress line on stderr: wall-clock time and time since the run started. */
export function progress(line: string): void {
  const t = new Date().toISOString().slice(11, 19);
  process.stderr.write(`[bench ${t} +${clock(elapsed())}] ${line}\n`);
}
