import type { Kysely } from 'kysely';
import { seatsOf } from '../../db/repositories/councils.js';
import { type Recipient, communeOfficersCovering, insertNotifications, producerMembers, usersWithRole } from '../../db/repositories/notifications.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/roles.js';
import type { MailMessage } from '../notifications/mailer.js';

// Evaluation notifications: whoever acts next hears that it is their turn, and the producer hears
// of every decision about its dossier. They go into the cycle's notification table (the same
// inbox, the same read marks) and out by the same Mailer after the transaction commits.

export type Audience = 'producer' | 'commune' | 'province' | 'council';
type Text = { vi: string; en: string };

const TITLES: Readonly<Record<string, (s: string) => Text>> = {
  'dossier.submitted': (s) => ({ vi: `Hồ sơ đánh giá OCOP mới nộp tại xã: ${s}`, en: `New OCOP dossier filed at the commune: ${s}` }),
  'dossier.accepted': (s) => ({ vi: `Xã đã tiếp nhận hồ sơ: ${s}`, en: 'The commune accepted the dossier: ' + s }),
  'dossier.returned': (s) => ({ vi: `Hồ sơ được trả lại để bổ sung: ${s}`, en: `Dossier returned for changes: ${s}` }),
  'dossier.passed': (s) => ({ vi: `Hồ sơ được xã chuyển lên tỉnh, chờ thẩm định: ${s}`, en: `Dossier passed by the commune, awaiting provincial review: ${s}` }),
  'dossier.evidence_requested': (s) => ({ vi: `Yêu cầu bổ sung minh chứng: ${s}`, en: `More evidence requested: ${s}` }),
  'dossier.evidence_provided': (s) => ({ vi: `Chủ thể đã bổ sung minh chứng: ${s}`, en: `The producer sent the requested evidence: ${s}` }),
  'dossier.to_council': (s) => ({ vi: `Hồ sơ chờ Hội đồng chấm điểm: ${s}`, en: `Dossier waiting for the council's scores: ${s}` }),
  'dossier.scored': (s) => ({ vi: `Hội đồng đã kết thúc chấm điểm: ${s}`, en: `The council closed scoring: ${s}` }),
  'dossier.decided': (s) => ({ vi: `Đã có kết quả đánh giá, phân hạng: ${s}`, en: `Evaluation result recorded: ${s}` }),
  'dossier.rejected': (s) => ({ vi: `Hồ sơ bị loại: ${s}`, en: `Dossier rejected: ${s}` }),
  'dossier.withdrawn': (s) => ({ vi: `Chủ thể đã rút hồ sơ: ${s}`, en: `The producer withdrew the dossier: ${s}` }),
  'dossier.rescore': (s) => ({ vi: `Điểm của bạn chênh lệch quá mức, đề nghị thảo luận và chấm lại: ${s}`, en: 'Your score is outside the allowed spread; please discuss and re-score: ' + s }),
  'dossier.national_result': (s) => ({ vi: `Đã có kết quả đánh giá cấp trung ương: ${s}`, en: `National evaluation result recorded: ${s}` }),
  'certificate.revoked': (s) => ({ vi: `Giấy chứng nhận OCOP bị thu hồi: ${s}`, en: `OCOP certificate revoked: ${s}` }),
  'certificate.window_opens': (s) => ({ vi: `Mở thời hạn nộp hồ sơ đánh giá lại: ${s}`, en: `The re-evaluation filing window is open: ${s}` }),
  'certificate.window_closes_soon': (s) => ({ vi: `Sắp hết thời hạn nộp hồ sơ đánh giá lại: ${s}`, en: `The re-evaluation filing window closes soon: ${s}` }),
  'certificate.window_last_day': (s) => ({ vi: `Hôm nay là ngày cuối nộp hồ sơ đánh giá lại: ${s}`, en: `Last day to file the re-evaluation: ${s}` }),
  'certificate.window_missed': (s) => ({ vi: `Chủ thể chưa nộp hồ sơ đánh giá lại đúng hạn: ${s}`, en: `No re-evaluation filed in the window: ${s}` }),
  'certificate.holder_notice_due': (s) => ({ vi: `Cần thông báo bằng văn bản cho chủ thể trước khi hết hạn: ${s}`, en: `Written notice to the holder due before expiry: ${s}` }),
  'certificate.expires_soon': (s) => ({ vi: `Giấy chứng nhận OCOP sắp hết hạn: ${s}`, en: `OCOP certificate expires soon: ${s}` }),
  'certificate.expired': (s) => ({ vi: `Giấy chứng nhận OCOP đã hết hạn: ${s}`, en: `OCOP certificate has expired: ${s}` }),
};

export function evaluationNoticeTitle(kind: string, subject: string): Text {
  return TITLES[kind]?.(subject) ?? { vi: subject, en: subject };
}

export type EvaluationNotice = {
  kind: string;
  audiences: readonly Audience[];
  producer: { id: number; unit_id: string };
  councilId?: number | null | undefined;
  /** Explicit recipients besides the audiences (e.g. flagged council members). */
  userIds?: readonly number[] | undefined;
  subject: string;
  link: string;
  actor: Actor | null;
  at: string;
};

async function provinceOfficers(db: Kysely<DB>): Promise<Recipient[]> {
  const officers = await usersWithRole(db, 'province_officer');
  return officers.length > 0 ? officers : usersWithRole(db, 'province_admin');
}

async function audienceMembers(db: Kysely<DB>, audience: Audience, n: EvaluationNotice): Promise<Recipient[]> {
  switch (audience) {
    case 'producer':
      return producerMembers(db, n.producer.id);
    case 'commune': {
      const officers = await communeOfficersCovering(db, n.producer.unit_id);
      return officers.length > 0 ? officers : provinceOfficers(db);
    }
    case 'province':
      return provinceOfficers(db);
    case 'council': {
      const seats = n.councilId == null ? [] : await seatsOf(db, [n.councilId]);
      return recipientsById(db, seats.map((s) => s.user_id));
    }
  }
}

async function recipientsById(db: Kysely<DB>, ids: readonly number[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('app_user').select(['id', 'username', 'email']).where('active', '=', 1).where('id', 'in', [...ids]).execute();
}

/** Stores the notifications inside the caller's transaction (never to the actor); returns the emails. */
export async function notifyEvaluation(db: Kysely<DB>, n: EvaluationNotice): Promise<MailMessage[]> {
  const byId = new Map<number, Recipient>();
  for (const audience of n.audiences) for (const r of await audienceMembers(db, audience, n)) byId.set(r.id, r);
  for (const r of await recipientsById(db, n.userIds ?? [])) byId.set(r.id, r);
  if (n.actor !== null) byId.delete(n.actor.userId);
  const recipients = [...byId.values()];
  const title = evaluationNoticeTitle(n.kind, n.subject);
  await insertNotifications(db, recipients.map((r) => ({
    recipient_id: r.id, kind: n.kind, title_vi: title.vi, title_en: title.en, link: n.link, created_at: n.at, read_at: null,
  })));
  const text = `${title.vi}\n${title.en}\n\n${n.link}\n`;
  return recipients.flatMap((r) => (r.email === null ? [] : [{ to: r.email, subject: title.vi, text }]));
}

export function dossierLink(dossierId: number): string {
  return `/portal/dossiers/${dossierId}`;
}
