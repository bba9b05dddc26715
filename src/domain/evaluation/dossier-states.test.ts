import { describe, expect, it } from 'vitest';
import { dossierWorkflowOn } from '../../rules/evaluation/index.js';
import { communeAssessmentResult } from './commune-assessment.js';
import { type DossierActor, type DossierWorkflow, availableActions, checkWorkflow, finalStates, transition } from './dossier-states.js';
import { DOSSIER_ACTIONS, DOSSIER_FACTS, DOSSIER_STATES, type DossierAction, type DossierState } from './types.js';

// The expected table is written from the procedure in 26/2026 Điều 7 (reference §5) and the
// brief, not read back from dossier-workflow.json: producer files at the commune; the commune
// accepts, returns with reasons, or passes after its 4-content assessment; the provincial
// advisory group requests evidence, rejects, or sends to the council; the council's chair or
// secretary closes scoring; province staff record the decision; the producer may withdraw
// until the council takes the dossier.

const w = dossierWorkflowOn('2026-06-01');

const A = {
  producer: { role: 'producer_member' },
  commune: { role: 'commune_officer' },
  officer: { role: 'province_officer' },
  admin: { role: 'province_admin' },
  chair: { role: 'council_member', councilRole: 'chair' },
  secretary: { role: 'council_member', councilRole: 'secretary' },
  member: { role: 'council_member', councilRole: 'member' },
} satisfies Record<string, DossierActor>;
type Who = keyof typeof A;

const LEGAL: readonly (readonly [DossierState, DossierAction, readonly Who[], DossierState])[] = [
  ['draft', 'submit', ['producer'], 'submitted'],
  ['submitted', 'accept_for_review', ['commune'], 'commune_review'],
  ['submitted', 'return_to_producer', ['commune'], 'draft'],
  ['commune_review', 'return_to_producer', ['commune'], 'draft'],
  ['commune_review', 'pass_commune_review', ['commune'], 'advisory_review'],
  ['advisory_review', 'request_evidence', ['officer', 'admin'], 'evidence_requested'],
  ['evidence_requested', 'provide_evidence', ['producer'], 'advisory_review'],
  ['advisory_review', 'send_to_council', ['officer', 'admin'], 'council_scoring'],
  ['advisory_review', 'reject', ['officer', 'admin'], 'rejected'],
  ['council_scoring', 'reject', ['chair'], 'rejected'],
  ['council_scoring', 'close_scoring', ['chair', 'secretary'], 'scored'],
  ['scored', 'record_decision', ['officer', 'admin'], 'decided'],
  ...(['draft', 'submitted', 'commune_review', 'advisory_review', 'evidence_requested'] as const).map(
    (s) => [s, 'withdraw', ['producer'], 'withdrawn'] as const,
  ),
];

const everything = { reason: 'Thiếu phiếu kiểm nghiệm', facts: DOSSIER_FACTS };

describe('dossier workflow: every step', () => {
  it.each(LEGAL.flatMap(([from, action, who, to]) => who.map((x) => [from, action, x, to] as const)))(
    '%s --%s by %s--> %s', (from, action, who, to) => {
      const r = transition(w, { state: from, action, actor: A[who], ...everything });
      expect(r.ok && r.to).toBe(to);
    },
  );

  it('refuses every other state × action × actor combination', () => {
    const allowed = new Set(LEGAL.flatMap(([from, action, who]) => who.map((x) => `${from}|${action}|${x}`)));
    let refused = 0;
    for (const state of DOSSIER_STATES) {
      for (const action of DOSSIER_ACTIONS) {
        for (const who of Object.keys(A) as Who[]) {
          if (allowed.has(`${state}|${action}|${who}`)) continue;
          const r = transition(w, { state, action, actor: A[who], ...everything });
          expect(r.ok, `${state} ${action} ${who}`).toBe(false);
          refused++;
        }
      }
    }
    expect(refused).toBe(10 * 11 * 7 - 22);
  });

  it('ends in decided, withdrawn or rejected', () => {
    expect(finalStates(w).sort()).toEqual(['decided', 'rejected', 'withdrawn']);
  });
});

describe('dossier workflow: refusals say why, in both languages', () => {
  it('a closed dossier', () => {
    const r = transition(w, { state: 'decided', action: 'withdraw', actor: A.producer });
    expect(r.ok ? null : r.error.code).toBe('final_state');
  });

  it('a step from the wrong state lists the states it is possible from', () => {
    const r = transition(w, { state: 'draft', action: 'withdraw', actor: A.producer });
    expect(r.ok).toBe(true);
    const bad = transition(w, { state: 'council_scoring', action: 'withdraw', actor: A.producer });
    if (bad.ok) throw new Error('expected a refusal');
    expect(bad.error.code).toBe('not_from_state');
    expect(bad.error.allowedFrom).toEqual(['draft', 'submitted', 'commune_review', 'advisory_review', 'evidence_requested']);
    expect(bad.error.message.vi).toContain('«Hội đồng đang chấm điểm»');
  });

  it('the wrong role, and the wrong council role', () => {
    const producer = transition(w, { state: 'advisory_review', action: 'send_to_council', actor: A.producer });
    expect(producer.ok ? null : [producer.error.code, producer.error.message.en]).toEqual(['role_not_permitted', 'Only the province OCOP officer or province administrator may send the dossier to the council.']);
    const member = transition(w, { state: 'council_scoring', action: 'close_scoring', actor: A.member, facts: ['council_closable'] });
    expect(member.ok ? null : [member.error.code, member.error.message.vi]).toEqual(['council_role_not_permitted', 'Chỉ Chủ tịch Hội đồng hoặc Thư ký Hội đồng mới được kết thúc chấm điểm.']);
    const noSeat = transition(w, { state: 'council_scoring', action: 'close_scoring', actor: { role: 'council_member' }, facts: ['council_closable'] });
    expect(noSeat.ok ? null : noSeat.error.code).toBe('council_role_not_permitted');
  });

  it('returns, requests for evidence and rejections need a reason', () => {
    for (const [state, action, actor] of [['commune_review', 'return_to_producer', A.commune], ['advisory_review', 'request_evidence', A.officer], ['advisory_review', 'reject', A.admin], ['council_scoring', 'reject', A.chair]] as const) {
      const r = transition(w, { state, action, actor, reason: '   ' });
      expect(r.ok ? null : r.error.code, `${state} ${action}`).toBe('reason_required');
    }
    expect(transition(w, { state: 'draft', action: 'submit', actor: A.producer }).ok).toBe(true);
  });

  it('passing the commune review needs all four contents satisfied', () => {
    const partial = communeAssessmentResult({
      local_raw_materials: { satisfied: true }, local_labour: { satisfied: true },
      idea_origin: { satisfied: false, note: 'trùng sản phẩm của cơ sở khác' },
    });
    expect(partial).toMatchObject({ passed: false, notAssessed: ['local_identity'], notSatisfied: ['idea_origin'] });
    expect(partial.returnReasons).toEqual([{ vi: 'Nguồn gốc ý tưởng sản phẩm: trùng sản phẩm của cơ sở khác', en: 'Origin of the product idea: trùng sản phẩm của cơ sở khác' }]);
    const r = transition(w, { state: 'commune_review', action: 'pass_commune_review', actor: A.commune, facts: partial.passed ? ['commune_assessment_passed'] : [] });
    expect(r.ok ? null : [r.error.code, r.error.missingFacts]).toEqual(['precondition_failed', ['commune_assessment_passed']]);
    const full = communeAssessmentResult({
      local_raw_materials: { satisfied: true }, local_labour: { satisfied: true }, idea_origin: { satisfied: true }, local_identity: { satisfied: true },
    });
    expect(full.passed).toBe(true);
  });

  it('closing scoring needs the council to be closable, recording a decision needs the decision', () => {
    const close = transition(w, { state: 'council_scoring', action: 'close_scoring', actor: A.secretary });
    expect(close.ok ? null : close.error.missingFacts).toEqual(['council_closable']);
    const decide = transition(w, { state: 'scored', action: 'record_decision', actor: A.officer, facts: ['council_closable'] });
    expect(decide.ok ? null : decide.error.message.en).toBe('Cannot record the decision yet: needs the decision number and date.');
  });
});

describe('dossier workflow: what each actor can do now', () => {
  it('offers the portal its buttons', () => {
    expect(availableActions(w, 'advisory_review', A.officer).sort()).toEqual(['reject', 'request_evidence', 'send_to_council']);
    expect(availableActions(w, 'advisory_review', A.producer)).toEqual(['withdraw']);
    expect(availableActions(w, 'council_scoring', A.chair).sort()).toEqual(['close_scoring', 'reject']);
    expect(availableActions(w, 'council_scoring', A.member)).toEqual([]);
    expect(availableActions(w, 'decided', A.admin)).toEqual([]);
  });
});

describe('workflow data checks', () => {
  const broken = (change: Partial<DossierWorkflow>): string[] => checkWorkflow({ ...w, ...change });

  it('accepts the bundled workflow', () => {
    expect(checkWorkflow(w)).toEqual([]);
  });

  it('finds unreachable states, missing states and two rules for one step', () => {
    expect(broken({ transitions: w.transitions.filter((t) => t.action !== 'close_scoring') })).toEqual([
      'state scored cannot be reached from draft', 'state decided cannot be reached from draft',
    ]);
    expect(broken({ states: w.states.filter((s) => s.code !== 'scored') })).toContain('state scored has no entry in states');
    const dup = w.transitions.find((t) => t.action === 'submit');
    expect(broken({ transitions: [...w.transitions, dup!] })).toContain('more than one rule for submit from draft by producer_member');
  });
});
