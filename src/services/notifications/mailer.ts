// Email is an adapter: services hand over finished messages after their transaction commits.
// The development adapter only logs that a message would be sent. It logs the recipient and
// the subject at info level, never the body (which may carry personal data and reasons).

export type MailMessage = { readonly to: string; readonly subject: string; readonly text: string };

export type Mailer = { send(message: MailMessage): Promise<void> };

/** The part of a pino/Fastify logger the development mailer needs. */
export type MailLog = {
  info(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
};

export function logMailer(log: MailLog): Mailer {
  return {
    async send(message) {
      log.info({ mail: { to: message.to, subject: message.subject } }, 'email (development mailer: logged, not sent)');
      log.debug({ mail: { to: message.to, bodyLength: message.text.length } }, 'email body withheld from the log');
    },
  };
}

/**
 * Sends every message; a failed send never undoes the change that caused it (the in-app
 * notification is already stored), so failures are logged and counted, not thrown.
 */
export async function deliverMail(mailer: Mailer, messages: readonly MailMessage[], log?: Pick<MailLog, 'warn'>): Promise<number> {
  const results = await Promise.allSettled(messages.map((m) => mailer.send(m)));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) log?.warn({ failed, of: messages.length }, 'some notification emails could not be sent');
  return failed;
}
