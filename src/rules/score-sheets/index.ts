import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { ScoreSheetLibrary } from '../../domain/scoring/library.js';
import { checkScoreSheetVersion } from '../../domain/scoring/sheet-checks.js';
import type { ScoreSheetVersion } from '../../domain/scoring/types.js';
import { ScoreSheetVersionSchema } from './schema.js';

// Every *.json file in this folder is one legal version's score sheets (format: README.md), so
// a new version needs only a new file. Each file is checked on load, by shape (zod) and by the
// scoring rules (totals, codes, option ladders): a bad hand edit stops the program with the
// offending path instead of producing a wrong star rating later.
// Files are read with fs rather than JSON imports so this works the same under tsx, vitest and node.

const DATA_DIR = new URL('./', import.meta.url);

/** Validates one parsed file; throws with every problem found. */
export function parseScoreSheetVersion(raw: unknown, name = 'score sheet file'): ScoreSheetVersion {
  const result = ScoreSheetVersionSchema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid ${name}:\n${z.prettifyError(result.error)}`);
  const problems = checkScoreSheetVersion(result.data);
  if (problems.length > 0) throw new Error(`Invalid ${name}:\n${problems.join('\n')}`);
  return result.data;
}

/** Reads and validates every version file of a folder (default: this one). */
export function loadScoreSheetLibrary(dir: URL = DATA_DIR): ScoreSheetLibrary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const versions = files.map((f) => parseScoreSheetVersion(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), f));
  for (const key of ['id', 'legalVersion'] as const) {
    const values = versions.map((v) => v[key]);
    if (new Set(values).size !== values.length) throw new Error(`Two score sheet files share a ${key}`);
  }
  return { versions };
}

let cached: ScoreSheetLibrary | undefined;

/** The bundled score sheets, loaded and checked on first use and shared afterwards. */
export function scoreSheetLibrary(): ScoreSheetLibrary {
  cached ??= loadScoreSheetLibrary();
  return cached;
}
