import { type Classification, classifyAnswers } from '../../domain/scoring/classify.js';
import { findSheet, findVersion } from '../../domain/scoring/library.js';
import type { ProducerTypeInput } from '../../domain/scoring/producer-types.js';
import { PRODUCER_TYPE_INPUTS } from '../../domain/scoring/producer-types.js';
import type { ProviderCase } from '../../domain/scoring/types.js';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import { notFound } from '../errors.js';
import { type SheetRef, withAnswerErrors } from '../scoring/resolve-sheet.js';

// A dossier is scored on one sheet: the product set's sheet of the legal version chosen when the
// dossier was opened. The producer's self-assessment and every council member's score sheet are
// classified against it with the scoring domain.

export type Answers = Record<string, number>;
export type AnswerSet = { answers: Answers; producerType: ProducerTypeInput | null; case: ProviderCase | null };

export function sheetOf(row: { score_version: string; set_number: number }): SheetRef {
  const version = findVersion(scoreSheetLibrary(), row.score_version);
  const sheet = version === undefined ? undefined : findSheet(version, row.set_number);
  if (version === undefined || sheet === undefined) throw notFound(`Score sheet for set ${row.set_number} under ${row.score_version}`);
  return { version, sheet };
}

/** Classifies answers on the dossier's sheet; invalid answers are a 422 naming each criterion (body.answers.X). */
export function classifyOnSheet(row: { score_version: string; set_number: number }, set: AnswerSet): Classification {
  const { version, sheet } = sheetOf(row);
  return withAnswerErrors(() => classifyAnswers(version, sheet, { answers: set.answers, producerType: set.producerType ?? undefined, case: set.case ?? undefined }));
}

function isAnswers(v: unknown): v is Answers {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number');
}

export function parseAnswers(json: string | null): Answers | null {
  if (json === null) return null;
  const v: unknown = JSON.parse(json);
  return isAnswers(v) ? v : null;
}

/** The answer sheets stored on score rows, skipping any that cannot be read. */
export function answerSheets(rows: readonly { answers: string }[]): Answers[] {
  return rows.map((r) => parseAnswers(r.answers)).filter((a): a is Answers => a !== null);
}

export function asProducerType(v: string | null): ProducerTypeInput | null {
  return PRODUCER_TYPE_INPUTS.find((t) => t === v) ?? null;
}

export function asCase(v: number | null): ProviderCase | null {
  return v === 1 || v === 2 ? v : null;
}
