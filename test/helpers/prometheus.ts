// A strict parser for the Prometheus text exposition format (version 0.0.4), for tests that scrape
// /metrics: every line must be a HELP, TYPE, comment or sample line as the format describes;
// names and labels must be well-formed; a family's TYPE comes before its samples and its samples
// are contiguous; histograms have cumulative buckets ending at +Inf equal to _count.

export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Family = { name: string; type: string; help: string | undefined; samples: Sample[] };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, readonly string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count', ''], counter: ['', '_total'], gauge: [''], untyped: [''] };

export class ExpositionError extends Error {
  constructor(line: number, message: string, text: string) {
    super(`line ${line}: ${message}: ${JSON.stringify(text)}`);
  }
}

/** Values are what Go's strconv.ParseFloat accepts (the spec's words): NaN and Inf in any case. */
function parseValue(raw: string): number | undefined {
  const lower = raw.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  if (['inf', '+inf', 'infinity', '+infinity'].includes(lower)) return Number.POSITIVE_INFINITY;
  if (['-inf', '-infinity'].includes(lower)) return Number.NEGATIVE_INFINITY;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : undefined;
}

/** Parses `{a="x",b="y"}` from position 0 of `s`; returns the labels and the rest after `}`. */
function parseLabels(s: string, fail: (m: string) => never): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 1;
  while (s[i] !== '}') {
    const eq = s.indexOf('=', i);
    if (eq < 0) fail('label without =');
    const name = s.slice(i, eq).trim();
    if (!LABEL_NAME.test(name)) fail(`bad label name ${name}`);
    if (name in labels) fail(`duplicate label ${name}`);
    if (s[eq + 1] !== '"') fail('label value not quoted');
    let j = eq + 2;
    let value = '';
    for (; j < s.length && s[j] !== '"'; j += 1) {
      if (s[j] === '\\') {
        const next = s[j + 1];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else fail('bad escape in label value');
        j += 1;
      } else value += s[j];
    }
    if (j >= s.length) fail('unterminated label value');
    labels[name] = value;
    i = j + 1;
    if (s[i] === ',') i += 1;
    else if (s[i] !== '}') fail('expected , or } after a label');
  }
  return { labels, rest: s.slice(i + 1) };
}

function familyOf(name: string, families: Map<string, Family>): Family | undefined {
  for (const [base, f] of families) {
    if ((SUFFIXES[f.type] ?? ['']).some((suffix) => `${base}${suffix}` === name)) return f;
  }
  return undefined;
}

function checkHistogram(f: Family): void {
  const groups = new Map<string, Sample[]>();
  for (const s of f.samples.filter((x) => x.name.endsWith('_bucket'))) {
    const { le, ...rest } = s.labels;
    if (le === undefined) throw new Error(`${f.name}: bucket without le`);
    const key = JSON.stringify(rest);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const [key, buckets] of groups) {
    let previous = -1;
    for (const b of buckets) {
      if (b.value < previous) throw new Error(`${f.name}${key}: buckets not cumulative`);
      previous = b.value;
    }
    const inf = buckets.at(-1);
    if (inf?.labels.le !== '+Inf') throw new Error(`${f.name}${key}: last bucket is not +Inf`);
    const count = f.samples.find((s) => s.name === `${f.name}_count` && JSON.stringify(s.labels) === key);
    if (count === undefined || count.value !== inf.value) throw new Error(`${f.name}${key}: +Inf bucket differs from _count`);
  }
}

function parseSample(text: string, fail: (m: string) => never): Sample {
  const nameEnd = text.search(/[{ ]/);
  if (nameEnd < 0) fail('sample without value');
  const name = text.slice(0, nameEnd);
  if (!METRIC_NAME.test(name)) fail(`bad metric name ${name}`);
  const { labels, rest } = text[nameEnd] === '{' ? parseLabels(text.slice(nameEnd), fail) : { labels: {}, rest: text.slice(nameEnd) };
  const parts = rest.trim().split(/ +/);
  if (parts.length < 1 || parts.length > 2 || rest[0] !== ' ') fail('expected " value [timestamp]"');
  const value = parseValue(parts[0] ?? '');
  if (value === undefined) fail('bad value');
  if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1])) fail('bad timestamp');
  return { name, labels, value };
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const helps = new Map<string, string>();
  const closed = new Set<string>();
  let current: Family | undefined;
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('exposition must end with a newline');
  lines.slice(0, -1).forEach((line, index) => {
    const fail = (m: string): never => {
      throw new ExpositionError(index + 1, m, line);
    };
    if (line.trim() === '') return;
    const meta = /^# (HELP|TYPE) (\S+)(?: (.*))?$/.exec(line);
    if (meta !== null) {
      const [, kind, name = '', rest = ''] = meta;
      if (!METRIC_NAME.test(name)) fail('bad metric name');
      if (kind === 'HELP') {
        if (helps.has(name)) fail('second HELP');
        helps.set(name, rest);
        return;
      }
      if (!TYPES.has(rest)) fail('unknown TYPE');
      if (families.has(name)) fail('second TYPE');
      if (current !== undefined) closed.add(current.name);
      current = { name, type: rest, help: helps.get(name), samples: [] };
      families.set(name, current);
      return;
    }
    if (line.startsWith('#')) return;
    const sample = parseSample(line, fail);
    const family = familyOf(sample.name, families);
    if (family === undefined) fail('sample before its TYPE');
    else if (family !== current || closed.has(family.name)) fail('samples of a family are not contiguous');
    else family.samples.push(sample);
  });
  for (const f of families.values()) {
    f.help ??= helps.get(f.name);
    if (f.type === 'histogram') checkHistogram(f);
  }
  return families;
}

/** The value of the sample with exactly these labels (a subset match), or undefined. */
export function sampleValue(families: Map<string, Family>, family: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return families.get(family)?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
