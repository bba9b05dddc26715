import type { Machine } from './machine.js';

// Phương án / dự án kinh doanh, written against an accepted idea. Province OCOP staff approve
// it: the plan commits provincial support money, which the commune does not allocate.

export const PLAN_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATES)[number];
export const PLAN_ACTIONS = ['submit', 'approve', 'return'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const PLAN_MACHINE: Machine<PlanStatus, PlanAction> = {
  noun: { vi: 'phương án kinh doanh', en: 'a business plan' },
  states: PLAN_STATES,
  actions: PLAN_ACTIONS,
  stateNames: {
    draft: { vi: 'nháp', en: 'draft' },
    submitted: { vi: 'đã nộp', en: 'submitted' },
    approved: { vi: 'đã phê duyệt', en: 'approved' },
    returned: { vi: 'trả lại để bổ sung', en: 'returned' },
  },
  actionNames: {
    submit: { vi: 'nộp', en: 'submit' },
    approve: { vi: 'phê duyệt', en: 'approve' },
    return: { vi: 'trả lại', en: 'return' },
  },
  transitions: [
    { from: 'draft', action: 'submit', to: 'submitted', by: ['applicant'], reason: 'optional', notice: { kind: 'plan.submitted', audiences: ['province_officers'] } },
    { from: 'returned', action: 'submit', to: 'submitted', by: ['applicant'], reason: 'optional', notice: { kind: 'plan.resubmitted', audiences: ['province_officers'] } },
    { from: 'submitted', action: 'approve', to: 'approved', by: ['approver'], reason: 'optional', notice: { kind: 'plan.approved', audiences: ['producer_members', 'commune_officers'] } },
    { from: 'submitted', action: 'return', to: 'returned', by: ['approver'], reason: 'required', notice: { kind: 'plan.returned', audiences: ['producer_members'] } },
  ],
  editableIn: ['draft', 'returned'],
  editors: ['applicant'],
};
