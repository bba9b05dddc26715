import { describe, expect, expectTypeOf, it } from 'vitest';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { Classification } from '../scoring/classify.js';
import { type ClassificationResult, applyNationalResult, decideOutcome } from './decisions.js';

// From 26/2026 Điều 3.3–4 (reference §4–5): no decision and no certificate below 3★; the
// provincial chairman recognises 3★ and 4★; ≥ 90 points (with the 5★ markers) goes to the
// Ministry; the Minister recognises 5★, or the province recognises 3★/4★ on the central result.
// Under 1048 the district recognised 3★.

const rules = certificationRules();
const v26 = rules.versions.find((v) => v.id === '26-2026')!;
const v1048 = rules.versions.find((v) => v.id === '1048-2019')!;

describe('decision by star (26/2026)', () => {
  it.each([
    [1, 25, 'result_letter', 'provincial_ocop_agency', false],
    [2, 45, 'result_letter', 'provincial_ocop_agency', false],
    [3, 62, 'recognition', 'provincial_chairman', true],
    [4, 83, 'recognition', 'provincial_chairman', true],
    [5, 93, 'national_candidate', 'minister', false],
  ] as const)('%i★ (%i points) → %s by %s', (star, total, kind, authority, certificate) => {
    expect(decideOutcome(v26, { star, total })).toMatchObject({ kind, star, total, authority, certificate });
  });

  it('a 92-point product that missed a 5★ marker is a 4★ recognition, not a national candidate', () => {
    // the classification caps the star at 4 when a 5★ marker is missed
    expect(decideOutcome(v26, { star: 4, total: 92 })).toMatchObject({ kind: 'recognition', level: 'province', star: 4 });
  });

  it('takes the scoring module\'s classification as it is', () => {
    expectTypeOf<Classification>().toExtend<ClassificationResult>();
  });
});

describe('the Ministry\'s answer for a 5★ candidate', () => {
  it('recognised: a 5★ certificate from the Minister', () => {
    expect(applyNationalResult(v26, { recognised: true, total: 91 })).toEqual({
      kind: 'recognition', level: 'central', star: 5, total: 91, authority: 'minister', certificate: true,
    });
  });

  it('returned: the provincial chairman recognises it on the central result', () => {
    expect(applyNationalResult(v26, { recognised: false, star: 4, total: 86 })).toMatchObject({ kind: 'recognition', level: 'province', star: 4, total: 86, authority: 'provincial_chairman' });
    expect(applyNationalResult(v26, { recognised: false, star: 3, total: 68 })).toMatchObject({ kind: 'recognition', star: 3 });
  });
});

describe('historical levels (1048)', () => {
  it('3★ by the district, 4★ by the province', () => {
    expect(decideOutcome(v1048, { star: 3, total: 55 })).toMatchObject({ kind: 'recognition', level: 'district', authority: 'district_chairman' });
    expect(decideOutcome(v1048, { star: 4, total: 75 })).toMatchObject({ kind: 'recognition', level: 'province', authority: 'provincial_chairman' });
  });
});
