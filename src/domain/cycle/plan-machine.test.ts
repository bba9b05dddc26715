import { describe, expect, it } from 'vitest';
import { availableActions, checkTransition, finalStates } from './machine.js';
import { hasNoticeTemplate } from './notices.js';
import { PLAN_ACTIONS, PLAN_MACHINE, PLAN_STATES, type PlanAction, type PlanStatus } from './plan-machine.js';

const EXPECTED: Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  approved: {},
  returned: { submit: 'submitted' },
};
const WHO: Record<PlanAction, 'applicant' | 'approver'> = { submit: 'applicant', approve: 'approver', return: 'approver' };

describe('business plan state machine', () => {
  for (const state of PLAN_STATES) {
    for (const action of PLAN_ACTIONS) {
      const to = EXPECTED[state][action];
      it(`${state} × ${action} → ${to ?? 'refused'}`, () => {
        const r = checkTransition(PLAN_MACHINE, state, action, [WHO[action]], 'a reason');
        if (to === undefined) expect(r).toMatchObject({ ok: false, refusal: 'illegal-state' });
        else expect(r).toMatchObject({ ok: true, transition: { to } });
      });
    }
  }

  it('refuses to approve a draft with a message naming the state', () => {
    const r = checkTransition(PLAN_MACHINE, 'draft', 'approve', ['approver'], null);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toBe('Cannot approve a business plan in state draft');
      expect(r.message.vi).toBe('Không thể phê duyệt phương án kinh doanh ở trạng thái «nháp»');
    }
  });

  it('keeps approval with province staff: a commune officer (applicant + screener) cannot approve', () => {
    expect(checkTransition(PLAN_MACHINE, 'submitted', 'approve', ['applicant', 'screener'], null)).toMatchObject({ ok: false, refusal: 'not-permitted' });
    expect(availableActions(PLAN_MACHINE, 'submitted', ['approver'])).toEqual(['approve', 'return']);
  });

  it('requires a reason to return and notifies province officers on submission', () => {
    expect(checkTransition(PLAN_MACHINE, 'submitted', 'return', ['approver'], '')).toMatchObject({ ok: false, refusal: 'reason-required' });
    const submit = PLAN_MACHINE.transitions.find((t) => t.from === 'draft' && t.action === 'submit');
    expect(submit?.notice.audiences).toEqual(['province_officers']);
    expect(PLAN_MACHINE.transitions.every((t) => hasNoticeTemplate(t.notice.kind))).toBe(true);
    expect(finalStates(PLAN_MACHINE)).toEqual(['approved']);
  });
});
