import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { versionInForce } from '../../domain/evaluation/types.js';
import { type LabelLayout, layoutProblems } from '../../domain/stamps/label-layout.js';
import type { SignalRules } from '../../domain/stamps/signals.js';
import { LayoutsFileSchema, SignalsFileSchema } from './schema.js';

// The stamp rules officials tune (counterfeit-signal thresholds and wording, versioned by date)
// and the label stock the platform prints on. Both are reviewed JSON, checked on load by shape
// (zod) and consistency; a bad hand edit stops the program with the offending path.
// Read with fs rather than JSON imports so this works the same under tsx, vitest and node.

const file = (name: string): URL => new URL(`./${name}`, import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, name: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid ${name}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function parseSignalsFile(raw: unknown, name = 'signals.json'): readonly SignalRules[] {
  const { versions } = parseWith(SignalsFileSchema, raw, name);
  const ids = versions.map((v) => v.id);
  if (new Set(ids).size !== ids.length) throw new Error(`Invalid ${name}: two versions share an id`);
  for (const v of versions) {
    if (v.replacedOn !== null && v.replacedOn <= v.effectiveFrom) throw new Error(`Invalid ${name}: ${v.id} is replaced before it takes effect`);
  }
  return versions;
}

export function parseLayoutsFile(raw: unknown, name = 'label-layouts.json'): readonly LabelLayout[] {
  const { layouts } = parseWith(LayoutsFileSchema, raw, name);
  const ids = layouts.map((l) => l.id);
  if (new Set(ids).size !== ids.length) throw new Error(`Invalid ${name}: two layouts share an id`);
  const problems = layouts.flatMap(layoutProblems);
  if (problems.length > 0) throw new Error(`Invalid ${name}:\n${problems.join('\n')}`);
  return layouts;
}

let signals: readonly SignalRules[] | undefined;
let layouts: readonly LabelLayout[] | undefined;

export function signalRuleVersions(): readonly SignalRules[] {
  signals ??= parseSignalsFile(readJson(file('signals.json')));
  return signals;
}

/** The signal rules in force on a date (YYYY-MM-DD). */
export function signalRulesOn(date: string): SignalRules {
  const v = versionInForce(signalRuleVersions(), date);
  if (v === undefined) throw new RangeError(`no counterfeit-signal rules are in force on ${date}`);
  return v;
}

export function labelLayouts(): readonly LabelLayout[] {
  layouts ??= parseLayoutsFile(readJson(file('label-layouts.json')));
  return layouts;
}

export function labelLayout(id: string): LabelLayout {
  const layout = labelLayouts().find((l) => l.id === id);
  if (layout === undefined) throw new RangeError(`no label layout "${id}" (known: ${labelLayouts().map((l) => l.id).join(', ')})`);
  return layout;
}
