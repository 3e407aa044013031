// Sends outbox mails one by one: claim (atomic conditional update), deliver over SMTP, record the outcome.
// Two bulk sends running at once share the work: each mail is claimed by exactly one of them (see
// libs/domain/src/mail/outbox.ts for why a claim is "SENT without messageId").

import { findSessionCalendarData, updateOutboxMailIfState, type Db } from '@podium/db';
import { SENDABLE_STATES, sessionCalendarFile, wantsSessionCalendar, type MailAttachment } from '@podium/domain';
import { publicUrl } from '../../services/mail.ts';
import { deliverMail } from '../../services/smtp.ts';

export interface DeliveryResult {
  sent: number;
  failed: { id: string; error: string }[];
  /** Asked for but not sent by this call: already sent, being sent by another call, discarded, or unknown. */
  skipped: number;
}

const MAX_ERROR_LENGTH = 1000;

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

export async function deliverOutboxMails(db: Db, conferenceId: string, from: string, ids: readonly string[]): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: [], skipped: 0 };
  for (const id of ids) {
    const claimed = await updateOutboxMailIfState(
      db,
      { conferenceId, id, from: SENDABLE_STATES },
      { state: 'SENT', messageId: null, sentAt: new Date(), attempts: { increment: 1 } },
    );
    if (!claimed) {
      result.skipped++;
      continue;
    }
    try {
      const attachments = wantsSessionCalendar(claimed) ? await sessionCalendarAttachments(db, conferenceId, claimed.submissionId!) : [];
      const { messageId } = await deliverMail({ from, to: claimed.to, subject: claimed.subject, text: claimed.body, attachments });
      await updateOutboxMailIfState(db, { conferenceId, id, from: ['SENT'] }, { messageId, sentAt: new Date(), lastError: null });
      result.sent++;
    } catch (err) {
      const error = errorText(err);
      await updateOutboxMailIfState(db, { conferenceId, id, from: ['SENT'] }, { state: 'FAILED', lastError: error, sentAt: null });
      result.failed.push({ id, error });
    }
  }
  return result;
}

/**
 * A release mail's calendar file, made now from the latest release (an outbox mail stores no attachments): the session
 * where it takes place when the mail goes out. None when the latest release no longer places the session.
 */
async function sessionCalendarAttachments(db: Db, conferenceId: string, submissionId: string): Promise<MailAttachment[]> {
  const data = await findSessionCalendarData(db, conferenceId, submissionId);
  if (!data) return [];
  const url = publicUrl(`/${data.conference.slug}/sessions/${data.session.code}`);
  return [sessionCalendarFile({ conference: data.conference, release: data.release, session: { ...data.session, url } })];
}
