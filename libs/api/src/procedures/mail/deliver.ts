// Sends outbox mails one by one: claim (atomic conditional update), deliver over SMTP, record the outcome.
// Two bulk sends running at once share the work: each mail is claimed by exactly one of them (see
// libs/domain/src/mail/outbox.ts for why a claim is "SENT without messageId").

import { findSessionCalendarData, updateOutboxMailIfState, type Db } from '@podium/db';
import { releaseAnchor, SENDABLE_STATES, sessionCalendarFile, wantsSessionCalendar, type MailAttachment } from '@podium/domain';
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
      // Release mails (SCHEDULE_CHANGED with a session; rows queued before that key existed have no key) get the
      // session's calendar file.
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
 * A release mail's calendar file, made now from the releases (an outbox mail stores no attachments): the session where
 * the latest release places it, or the cancellation of the event when the latest release no longer places it but an
 * earlier one did. None when no release ever placed the session.
 */
async function sessionCalendarAttachments(db: Db, conferenceId: string, submissionId: string): Promise<MailAttachment[]> {
  const data = await findSessionCalendarData(db, conferenceId, submissionId);
  if (!data) return [];
  const { slug } = data.conference;
  const cancelled = data.cancelledIn !== null;
  // A cancelled session has no page any more: its event links to the release that cancelled it on the public changelog.
  const url = publicUrl(cancelled ? `/${slug}/changelog#${releaseAnchor(data.cancelledIn!)}` : `/${slug}/sessions/${data.session.code}`);
  return [sessionCalendarFile({ conference: data.conference, release: data.release, session: { ...data.session, url }, cancelled })];
}
