import { describe, expect, it } from 'vitest';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import { AnswerError, type AnswerIssue, type ClassifyRequest, resolveAnswers } from './answers.js';
import { SET15_1048_HOUSEHOLD, SET1_TOP, SET26_COMMUNITY, withChanges } from './hand-worked.fixture.js';
import { findSheet, findVersion } from './library.js';

const library = scoreSheetLibrary();

function issues(version: string, set: number, request: ClassifyRequest): AnswerIssue[] {
  const v = findVersion(library, version)!;
  try {
    resolveAnswers(findSheet(v, set)!, request);
  } catch (err) {
    if (err instanceof AnswerError) return [...err.issues];
    throw err;
  }
  return [];
}
const lines = (list: AnswerIssue[]) => list.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('answer validation', () => {
  it('accepts a complete set of answers', () => {
    expect(issues('26-2026', 1, { answers: { ...SET1_TOP } })).toEqual([]);
  });

  it('names a missing criterion and its options', () => {
    const { 'A.1.2': _omitted, ...rest } = SET1_TOP;
    expect(lines(issues('26-2026', 1, { answers: rest }))).toEqual(['answers.A.1.2: not answered (options 0–2)']);
  });

  it('names an option that does not exist', () => {
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'C.12': 3 }) }))).toEqual(['answers.C.12: option 3 does not exist (options 0–2)']);
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'C.12': 1.5 }) }))).toEqual(['answers.C.12: option 1.5 does not exist (options 0–2)']);
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'C.12': -1 }) }))).toEqual(['answers.C.12: option -1 does not exist (options 0–2)']);
  });

  it('refuses codes that are not leaf criteria of the sheet', () => {
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'A.9.9': 0 }) }))).toEqual(['answers.A.9.9: no criterion A.9.9 on this sheet']);
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'A.2': 1 }) }))).toEqual(['answers.A.2: A.2 is a group of criteria; answer A.2.1, A.2.2, A.2.3, A.2.4 instead']);
    // Set 1 has no sub-criteria: C.6.1.1 belongs to the tea sheet (set 11).
    expect(lines(issues('26-2026', 1, { answers: withChanges(SET1_TOP, { 'C.6.1.1': 0 }) }))).toEqual(['answers.C.6.1.1: no criterion C.6.1.1 on this sheet']);
  });

  it('refuses an option that does not apply to the producer type', () => {
    // 3.1 option 2 is "HTX … or joint-stock company with ≥ 51 % local capital"; a household cannot choose it.
    expect(lines(issues('26-2026', 1, { answers: { ...SET1_TOP }, producerType: 'household' }))).toEqual([
      'answers.A.3.1: option 2 is only for co-operative; joint-stock company, local community capital ≥ 51 %; it does not fit the producer type (registered household business)',
    ]);
    // 1048 did not list farms at all in 3.1.
    expect(issues('1048-2019', 15, { answers: { ...SET15_1048_HOUSEHOLD }, producerType: 'farm' }).map((i) => i.path.join('.'))).toEqual(['answers.A.3.1', 'answers.A.3.2']);
  });

  it('refuses answers that contradict each other on the producer type (1048: 3.1 company, 3.2 household list)', () => {
    // 3.1 option 1 = multi-member LLC or JSC < 51 %; 3.2 option 3 is on the household-head list.
    expect(lines(issues('1048-2019', 15, { answers: withChanges(SET15_1048_HOUSEHOLD, { 'A.3.1': 1 }) }))).toEqual([
      'answers.A.3.2: option 3 is only for registered household business; private enterprise; single-member limited liability company; '
        + 'it does not fit A.3.1 option 1 (multi-member limited liability company; joint-stock company, local community capital < 51 %)',
    ]);
  });

  it('refuses tourism answers from the wrong case list', () => {
    expect(lines(issues('26-2026', 26, { answers: { ...SET26_COMMUNITY }, case: 2 }))).toEqual([
      'answers.C.8: option 1 belongs to case 1, but the evaluation was requested as case 2',
      'answers.C.9: option 0 belongs to case 1, but the evaluation was requested as case 2',
      'answers.C.15: option 1 belongs to case 1, but the evaluation was requested as case 2',
    ]);
    // Criterion 9 answered from the case-2 list while 8 was answered from case 1.
    expect(lines(issues('26-2026', 26, { answers: withChanges(SET26_COMMUNITY, { 'C.9': 2 }) }))).toEqual([
      'answers.C.9: option 2 belongs to case 2, but C.8 option 1 is from case 1',
    ]);
  });

  it('throws one AnswerError listing every problem', () => {
    const v = findVersion(library, '26-2026')!;
    expect(() => resolveAnswers(findSheet(v, 1)!, { answers: {} })).toThrow(/32 answers are invalid/);
    expect(() => resolveAnswers(findSheet(v, 1)!, { answers: withChanges(SET1_TOP, { 'C.12': 9 }) })).toThrow('Invalid answer answers.C.12: option 9 does not exist (options 0–2)');
  });
});
