import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreSheetLibrary } from '../score-sheets/index.js';
import {
  certificationRules, councilRulesOn, dossierWorkflowOn, dossierWorkflows, parseCertificationFile, parseCouncilFile, parseWorkflowFile,
} from './index.js';

const raw = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

describe('evaluation rules files', () => {
  it('load and pass their consistency checks', () => {
    expect(dossierWorkflows().map((w) => w.id)).toEqual(['dossier-2025']);
    expect(councilRulesOn('2026-06-01').id).toBe('council-qn-2026');
    expect(certificationRules().versions.map((v) => v.id)).toEqual(['1048-2019', '148-2023', '148-1489-2025', '26-2026']);
  });

  it('say which version is in force', () => {
    expect(() => dossierWorkflowOn('2025-07-05')).toThrow(/no dossier workflow version is in force on 2025-07-05/);
    expect(() => councilRulesOn('2026-05-21')).toThrow(RangeError);
  });

  it('agree with the score sheets on validity and the filing window (same legal version)', () => {
    for (const sheets of scoreSheetLibrary().versions) {
      const cert = certificationRules().versions.find((v) => v.id === sheets.id);
      expect(cert, sheets.id).toBeDefined();
      expect(cert!.legalVersion).toBe(sheets.legalVersion);
      expect(cert!.validityMonths).toBe(sheets.certification.validityMonths);
      expect(cert!.reevaluationFiling).toEqual(sheets.certification.reevaluationFiling);
      const firstCertified = Math.min(...cert!.outcomes.filter((o) => o.kind !== 'result_letter').flatMap((o) => o.stars));
      expect(firstCertified).toBe(sheets.certification.minimumStar);
    }
  });
});

describe('a bad hand edit stops loading, naming the problem', () => {
  it('workflow: an unknown role, an unreachable state', () => {
    const w = raw('dossier-workflow.json');
    const text = JSON.stringify(w);
    expect(() => parseWorkflowFile(JSON.parse(text.replace('"role":"producer_member"', '"role":"producer"')))).toThrow(/role/);
    expect(() => parseWorkflowFile(JSON.parse(text.replace('"to":"scored"', '"to":"rejected"')))).toThrow(/state scored cannot be reached/);
  });

  it('council: a negative spread, an unknown measure', () => {
    const text = JSON.stringify(raw('council.json'));
    expect(() => parseCouncilFile(JSON.parse(text.replace('"points":10', '"points":-1')))).toThrow(/spread\.points/);
    expect(() => parseCouncilFile(JSON.parse(text.replace('"measure":"range"', '"measure":"median"')))).toThrow(/measure/);
  });

  it('certification: a star without an outcome, versions that do not follow each other', () => {
    const text = JSON.stringify(raw('certification.json'));
    expect(() => parseCertificationFile(JSON.parse(text.replace('"stars":[1,2]', '"stars":[1]')))).toThrow(/outcomes must name every star exactly once/);
    expect(() => parseCertificationFile(JSON.parse(text.replace('"replacedOn":"2025-07-06"', '"replacedOn":"2025-07-07"')))).toThrow(/148-2023 must be replaced on the day 148-1489-2025 takes effect/);
  });
});
