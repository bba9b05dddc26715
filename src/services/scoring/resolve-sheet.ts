import { AnswerError } from '../../domain/scoring/answers.js';
import { type ScoreSheetLibrary, findSheet, findVersion, versionInForce, vietnamDay } from '../../domain/scoring/library.js';
import type { ScoreSheet, ScoreSheetVersion } from '../../domain/scoring/types.js';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';

// Picks the score sheet a request is about and turns the domain's answer errors into the
// service error the HTTP edge and the CLI know how to show (paths like body.answers.A.1.2).

export type SheetRef = { readonly version: ScoreSheetVersion; readonly sheet: ScoreSheet };

export function resolveVersion(ctx: Pick<ServiceContext, 'now'>, legalVersion: string | undefined, library: ScoreSheetLibrary = scoreSheetLibrary()): ScoreSheetVersion {
  if (legalVersion !== undefined) {
    const found = findVersion(library, legalVersion);
    if (found !== undefined) return found;
    const known = library.versions.map((v) => `${v.legalVersion} (${v.id})`).join(', ');
    throw invalid('Unknown legal version', [{ path: 'body.legalVersion', message: `no score sheets for '${legalVersion}'; known: ${known}` }]);
  }
  const today = vietnamDay(ctx.now());
  const current = versionInForce(library, today);
  if (current === undefined) throw invalid('No score sheets in force today', [{ path: 'body.legalVersion', message: `no version in force on ${today}; name one` }]);
  return current;
}

export function resolveSheet(ctx: Pick<ServiceContext, 'now'>, opts: { legalVersion?: string | undefined; setNumber: number }): SheetRef {
  const version = resolveVersion(ctx, opts.legalVersion);
  const sheet = findSheet(version, opts.setNumber);
  if (sheet === undefined) {
    const sets = version.sheets.map((s) => s.setNumber).join(', ');
    throw invalid('Unknown product set', [{ path: 'body.setNumber', message: `no set ${opts.setNumber} under ${version.legalVersion}; sets: ${sets}` }]);
  }
  return { version, sheet };
}

/** Runs a domain computation, reporting invalid answers as a 422 naming each bad criterion. */
export function withAnswerErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof AnswerError)) throw err;
    throw invalid(err.message, err.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })));
  }
}
