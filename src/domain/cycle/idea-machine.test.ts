import { describe, expect, it } from 'vitest';
import { IDEA_ACTIONS, IDEA_MACHINE, IDEA_STATES, type IdeaAction, type IdeaStatus } from './idea-machine.js';
import { availableActions, canEdit, checkTransition, finalStates } from './machine.js';
import { hasNoticeTemplate } from './notices.js';

// The whole table, written out by hand: state × action → next state (undefined = illegal).
const EXPECTED: Record<IdeaStatus, Partial<Record<IdeaAction, IdeaStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { accept: 'accepted', return: 'returned', reject: 'rejected' },
  accepted: {},
  returned: { submit: 'submitted' },
  rejected: {},
};
const WHO: Record<IdeaAction, 'applicant' | 'screener'> = { submit: 'applicant', accept: 'screener', return: 'screener', reject: 'screener' };

describe('idea state machine', () => {
  for (const state of IDEA_STATES) {
    for (const action of IDEA_ACTIONS) {
      const to = EXPECTED[state][action];
      it(`${state} × ${action} → ${to ?? 'refused'}`, () => {
        const r = checkTransition(IDEA_MACHINE, state, action, [WHO[action]], 'a reason');
        if (to === undefined) {
          expect(r).toMatchObject({ ok: false, refusal: 'illegal-state' });
          if (!r.ok) expect(r.message.en).toBe(`Cannot ${action} an idea in state ${state}`);
        } else {
          expect(r).toMatchObject({ ok: true, transition: { to } });
        }
      });
    }
  }

  it('names the state in both languages when refusing', () => {
    const r = checkTransition(IDEA_MACHINE, 'accepted', 'reject', ['screener'], 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toEqual({ vi: 'Không thể từ chối ý tưởng sản phẩm ở trạng thái «được chấp nhận»', en: 'Cannot reject an idea in state accepted' });
  });

  it('lets only the applicant submit and only a screener decide', () => {
    expect(checkTransition(IDEA_MACHINE, 'draft', 'submit', ['screener'], null)).toMatchObject({ ok: false, refusal: 'not-permitted' });
    const r = checkTransition(IDEA_MACHINE, 'submitted', 'accept', ['applicant'], null);
    expect(r).toMatchObject({ ok: false, refusal: 'not-permitted' });
    if (!r.ok) expect(r.message.en).toBe("Only the producer's commune officer or province OCOP staff may accept an idea");
    expect(checkTransition(IDEA_MACHINE, 'submitted', 'accept', ['applicant', 'screener'], null).ok).toBe(true);
  });

  it('requires a reason to return or reject, not to accept', () => {
    expect(checkTransition(IDEA_MACHINE, 'submitted', 'return', ['screener'], '  ')).toMatchObject({ ok: false, refusal: 'reason-required' });
    expect(checkTransition(IDEA_MACHINE, 'submitted', 'reject', ['screener'], undefined)).toMatchObject({ ok: false, refusal: 'reason-required' });
    expect(checkTransition(IDEA_MACHINE, 'submitted', 'accept', ['screener'], null).ok).toBe(true);
  });

  it('notifies the commune on submission and the producer on every decision', () => {
    const audiences = Object.fromEntries(IDEA_MACHINE.transitions.map((t) => [`${t.from}.${t.action}`, t.notice.audiences]));
    expect(audiences).toEqual({
      'draft.submit': ['commune_officers'], 'returned.submit': ['commune_officers'],
      'submitted.accept': ['producer_members'], 'submitted.return': ['producer_members'], 'submitted.reject': ['producer_members'],
    });
    expect(IDEA_MACHINE.transitions.every((t) => hasNoticeTemplate(t.notice.kind))).toBe(true);
  });

  it('lists what each party can do, what can be edited, and the final states', () => {
    expect(availableActions(IDEA_MACHINE, 'submitted', ['screener'])).toEqual(['accept', 'return', 'reject']);
    expect(availableActions(IDEA_MACHINE, 'submitted', ['applicant'])).toEqual([]);
    expect(availableActions(IDEA_MACHINE, 'returned', ['applicant'])).toEqual(['submit']);
    expect(canEdit(IDEA_MACHINE, 'returned', ['applicant'])).toBe(true);
    expect(canEdit(IDEA_MACHINE, 'submitted', ['applicant'])).toBe(false);
    expect(canEdit(IDEA_MACHINE, 'draft', ['screener'])).toBe(false);
    expect(finalStates(IDEA_MACHINE)).toEqual(['accepted', 'rejected']);
  });
});
