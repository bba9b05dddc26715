import type { Machine } from './machine.js';

// Phiếu đăng ký ý tưởng sản phẩm: the producer (or its commune officer on its behalf) drafts and
// submits; the commune officer of the producer's commune, or province staff, screens it.

export const IDEA_STATES = ['draft', 'submitted', 'accepted', 'returned', 'rejected'] as const;
export type IdeaStatus = (typeof IDEA_STATES)[number];
export const IDEA_ACTIONS = ['submit', 'accept', 'return', 'reject'] as const;
export type IdeaAction = (typeof IDEA_ACTIONS)[number];

export const IDEA_MACHINE: Machine<IdeaStatus, IdeaAction> = {
  noun: { vi: 'ý tưởng sản phẩm', en: 'an idea' },
  states: IDEA_STATES,
  actions: IDEA_ACTIONS,
  stateNames: {
    draft: { vi: 'nháp', en: 'draft' },
    submitted: { vi: 'đã nộp', en: 'submitted' },
    accepted: { vi: 'được chấp nhận', en: 'accepted' },
    returned: { vi: 'trả lại để bổ sung', en: 'returned' },
    rejected: { vi: 'không được chấp nhận', en: 'rejected' },
  },
  actionNames: {
    submit: { vi: 'nộp', en: 'submit' },
    accept: { vi: 'chấp nhận', en: 'accept' },
    return: { vi: 'trả lại', en: 'return' },
    reject: { vi: 'từ chối', en: 'reject' },
  },
  transitions: [
    { from: 'draft', action: 'submit', to: 'submitted', by: ['applicant'], reason: 'optional', notice: { kind: 'idea.submitted', audiences: ['commune_officers'] } },
    { from: 'returned', action: 'submit', to: 'submitted', by: ['applicant'], reason: 'optional', notice: { kind: 'idea.resubmitted', audiences: ['commune_officers'] } },
    { from: 'submitted', action: 'accept', to: 'accepted', by: ['screener'], reason: 'optional', notice: { kind: 'idea.accepted', audiences: ['producer_members'] } },
    { from: 'submitted', action: 'return', to: 'returned', by: ['screener'], reason: 'required', notice: { kind: 'idea.returned', audiences: ['producer_members'] } },
    { from: 'submitted', action: 'reject', to: 'rejected', by: ['screener'], reason: 'required', notice: { kind: 'idea.rejected', audiences: ['producer_members'] } },
  ],
  editableIn: ['draft', 'returned'],
  editors: ['applicant'],
};
