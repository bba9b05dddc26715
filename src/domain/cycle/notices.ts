import type { Text } from './machine.js';

// What a notification says, per kind, in Vietnamese and English. `subject` is the record's title.

const TEMPLATES: Readonly<Record<string, (subject: string) => Text>> = {
  'idea.submitted': (s) => ({ vi: `Ý tưởng sản phẩm mới chờ xem xét: ${s}`, en: `New product idea to screen: ${s}` }),
  'idea.resubmitted': (s) => ({ vi: `Ý tưởng sản phẩm đã được bổ sung, chờ xem xét: ${s}`, en: `Product idea resubmitted for screening: ${s}` }),
  'idea.accepted': (s) => ({ vi: `Ý tưởng sản phẩm được chấp nhận: ${s}`, en: `Product idea accepted: ${s}` }),
  'idea.returned': (s) => ({ vi: `Ý tưởng sản phẩm được trả lại để bổ sung: ${s}`, en: `Product idea returned for changes: ${s}` }),
  'idea.rejected': (s) => ({ vi: `Ý tưởng sản phẩm không được chấp nhận: ${s}`, en: `Product idea rejected: ${s}` }),
  'plan.submitted': (s) => ({ vi: `Phương án kinh doanh mới chờ phê duyệt: ${s}`, en: `New business plan to approve: ${s}` }),
  'plan.resubmitted': (s) => ({ vi: `Phương án kinh doanh đã được bổ sung, chờ phê duyệt: ${s}`, en: `Business plan resubmitted for approval: ${s}` }),
  'plan.approved': (s) => ({ vi: `Phương án kinh doanh được phê duyệt: ${s}`, en: `Business plan approved: ${s}` }),
  'plan.returned': (s) => ({ vi: `Phương án kinh doanh được trả lại để bổ sung: ${s}`, en: `Business plan returned for changes: ${s}` }),
};

export function noticeTitle(kind: string, subject: string): Text {
  const template = TEMPLATES[kind];
  return template === undefined ? { vi: subject, en: subject } : template(subject);
}

export function hasNoticeTemplate(kind: string): boolean {
  return kind in TEMPLATES;
}
