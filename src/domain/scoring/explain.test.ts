import { describe, expect, it } from 'vitest';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import { classifyAnswers } from './classify.js';
import { explainClassification, explainUpgradePlan } from './explain.js';
import { planUpgrade } from './gap.js';
import { SET11_TEA, SET1_TOP, SET1_TYPICAL, withChanges } from './hand-worked.fixture.js';
import { findSheet, findVersion } from './library.js';

const v26 = findVersion(scoreSheetLibrary(), '26-2026')!;
const classify = (set: number, answers: Record<string, number>) => classifyAnswers(v26, findSheet(v26, set)!, { answers });

describe('explanations', () => {
  it('state the total, band and outcome in Vietnamese and English', () => {
    const r = classify(1, { ...SET1_TYPICAL });
    expect(explainClassification(r, 'vi')).toBe(
      'Bộ sản phẩm 1 (Rau, củ, quả, hạt tươi), theo 26/2026/QĐ-TTg. Tổng điểm 64/100 (A 28/40; B 12/25; C 24/35), '
      + 'thuộc khung 3 sao (từ 50 đến dưới 70 điểm). Kết quả: 3 sao, đủ điều kiện công nhận sản phẩm OCOP.',
    );
    expect(explainClassification(r, 'en')).toBe(
      'Product set 1 (Fresh vegetables, tubers, fruits and nuts), under 26/2026/QĐ-TTg. Total 64/100 (A 28/40; B 12/25; C 24/35), '
      + 'in the 3★ band (50 to under 70 points). Result: 3★, eligible for recognition as an OCOP product.',
    );
  });

  it('name the marker that lowered the rating and what it needs', () => {
    const r = classify(1, withChanges(SET1_TOP, { 'A.1.5': 2, 'A.1.2': 0, 'B.4.3': 2, 'B.4.2': 1 }));
    const en = explainClassification(r, 'en');
    expect(en).toContain('in the 5★ band (90 points or more)');
    expect(en).toContain('Criterion A.1.5 (Production linkage) does not reach the 5★ minimum');
    expect(en).toContain('Result: 4★');
    expect(explainClassification(r, 'vi')).toContain('Tiêu chí A.1.5 (Liên kết sản xuất) chưa đạt mức tối thiểu cho 5 sao');
  });

  it('say when a product is not certified', () => {
    const r = classify(11, { ...SET11_TEA });
    expect(explainClassification(r, 'vi')).toContain('Kết quả: 2 sao, không đủ điều kiện công nhận sản phẩm OCOP (chỉ công nhận từ 3 sao).');
    expect(explainClassification(r, 'en')).toContain('not eligible for OCOP recognition');
  });

  it('describe an upgrade plan', () => {
    const p = planUpgrade(v26, findSheet(v26, 1)!, { answers: { ...SET1_TYPICAL } });
    expect(explainUpgradePlan(p, 'en')).toMatch(/^To reach 4★, improve 2 criteria for 6 more points: B\.4\.3 \(Product promotion\): from option 2 to ".+" \(\+3\); B\.5\.1 \(Product story\): .+ Then: 70 points, 4★\.$/);
    expect(explainUpgradePlan(p, 'vi')).toMatch(/^Để đạt 4 sao cần nâng 2 tiêu chí, thêm 6 điểm: /);
    const top = planUpgrade(v26, findSheet(v26, 1)!, { answers: { ...SET1_TOP } });
    expect(explainUpgradePlan(top, 'vi')).toBe('Sản phẩm đã đạt 5 sao.');
  });
});
