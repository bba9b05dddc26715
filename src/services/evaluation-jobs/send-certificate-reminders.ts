import type { Kysely } from 'kysely';
import { type CertificateRow, claimReminder, liveCertificatesExpiringBetween } from '../../db/repositories/certificates.js';
import { certificatesWithFiledDossiers } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import { type Reminder, reminderDates } from '../../domain/evaluation/certificate-validity.js';
import { addDays } from '../../domain/evaluation/dates.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import { notifyEvaluation } from '../dossiers/dossier-notices.js';
import type { MailMessage } from '../notifications/mailer.js';

// Reminders before and after expiry (certification.json `reminders`, per legal version: under
// 26/2026 the re-evaluation window opening 180 days before expiry, closing soon, its last day,
// missed, expiring in 30 days, expired). A reminder is due from its day for CATCH_UP_DAYS, so a
// server that was down for a few days still sends it, but a first start on old data does not
// send years of reminders. Each (certificate, reminder) is claimed once in certificate_reminder:
// restarts, a second run the same day and several app instances never send it twice.

export const CATCH_UP_DAYS = 7;

function horizon(): { before: number; after: number } {
  const days = certificationRules().versions.flatMap((v) => v.reminders.map((r) => r.daysFromExpiry));
  return { before: Math.max(0, ...days.map((d) => -d)), after: Math.max(0, ...days) };
}

function due(reminders: readonly Reminder[], today: string): Reminder[] {
  return reminders.filter((r) => r.on <= today && today < addDays(r.on, CATCH_UP_DAYS));
}

/** Sends one reminder unless it was already claimed; null when it had been sent before. */
async function remind(db: Kysely<DB>, c: CertificateRow, r: Reminder, at: string): Promise<MailMessage[] | null> {
  if (!(await claimReminder(db, c.id, r.code, r.on, at))) return null;
  const producer = { id: c.producer_id, unit_id: c.unit_id };
  return notifyEvaluation(db, {
    kind: `certificate.${r.code}`, audiences: [r.audience === 'producer' ? 'producer' : 'province'], producer,
    subject: `${c.number} — ${c.product_name} (hết hạn ${c.expires_on})`, link: `/portal/certificates/${c.id}`, actor: null, at,
  });
}

export async function sendCertificateReminders(db: Kysely<DB>, opts: { today: string; at: string }): Promise<{ sent: number; mails: MailMessage[] }> {
  const h = horizon();
  const certs = await liveCertificatesExpiringBetween(db, opts.today, addDays(opts.today, -(h.after + CATCH_UP_DAYS)), addDays(opts.today, h.before));
  const filed = await certificatesWithFiledDossiers(db, certs.map((c) => c.id));
  const mails: MailMessage[] = [];
  let sent = 0;
  for (const c of certs) {
    // Once a re-evaluation is filed, reminders about the filing window have nothing left to say.
    const reminders = due(reminderDates(certificationRules(), c.expires_on), opts.today).filter((r) => !(filed.has(c.id) && r.code.startsWith('window_')));
    for (const r of reminders) {
      const out = await remind(db, c, r, opts.at);
      if (out === null) continue;
      sent += 1;
      mails.push(...out);
    }
  }
  return { sent, mails };
}
