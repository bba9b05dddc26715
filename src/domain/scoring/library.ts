import type { ScoreSheet, ScoreSheetVersion } from './types.js';

// Finding the rules that apply: a version is named by its id ("26-2026") or as the decision is
// cited ("26/2026/QĐ-TTg"); without a name, the version in force on the given day applies.

export type ScoreSheetLibrary = { readonly versions: readonly ScoreSheetVersion[] };

// Users type "QD" for "QĐ" and vary case and Unicode composition; compare a folded form.
const fold = (s: string) => s.normalize('NFC').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, '');

export function findVersion(library: ScoreSheetLibrary, ref: string): ScoreSheetVersion | undefined {
  const wanted = fold(ref);
  return library.versions.find((v) => fold(v.id) === wanted || fold(v.legalVersion) === wanted);
}

/** The version in force on a day (YYYY-MM-DD): the latest one that had taken effect and was not yet replaced. */
export function versionInForce(library: ScoreSheetLibrary, day: string): ScoreSheetVersion | undefined {
  const candidates = library.versions.filter((v) => v.effectiveFrom <= day && (v.replacedOn === null || day < v.replacedOn));
  return candidates.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

// Decisions take effect on Vietnamese calendar days (UTC+7, no daylight saving).
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) in Vietnam at an instant. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function findSheet(version: ScoreSheetVersion, setNumber: number): ScoreSheet | undefined {
  return version.sheets.find((s) => s.setNumber === setNumber);
}
