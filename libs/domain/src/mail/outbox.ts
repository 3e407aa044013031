// The outbox's rules (pretalx's outbox): what each state allows, how a mail a person edited is checked, who it is
// sent from. Pure functions; the API applies them, the repositories only store the result.
//
// Delivery is at most once. A sender claims a mail with one conditional update that switches it to SENT with no
// messageId yet (and sentAt = when the attempt started); only the update that matched delivers it. Success fills in
// messageId and sentAt, failure turns it FAILED. So a SENT mail without a messageId is being sent right now — or its
// sender stopped mid-way, and nobody can know whether the server took it: it is never sent a second time by itself.

import { DomainError } from '../errors.ts';

export const OUTBOX_STATES = ['PENDING', 'SENT', 'FAILED', 'DISCARDED'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a person sees: the stored state, plus SENDING for a claimed mail whose delivery has not finished. */
export type OutboxStatus = OutboxState | 'SENDING';

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  FAILED: 'Failed',
  DISCARDED: 'Discarded',
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { ...OUTBOX_STATE_LABELS, SENDING: 'Sending' };

export function outboxStatus(mail: { state: OutboxState; messageId: string | null }): OutboxStatus {
  return mail.state === 'SENT' && mail.messageId === null ? 'SENDING' : mail.state;
}

/** States from which a mail may be sent (again), edited, or discarded. Sent and discarded mails are final. */
export const SENDABLE_STATES: readonly OutboxState[] = ['PENDING', 'FAILED'];
export const EDITABLE_STATES: readonly OutboxState[] = ['PENDING', 'FAILED'];
export const DISCARDABLE_STATES: readonly OutboxState[] = ['PENDING', 'FAILED'];

export type OutboxAction = 'send' | 'edit' | 'discard';

const ALLOWED: Record<OutboxAction, readonly OutboxState[]> = { send: SENDABLE_STATES, edit: EDITABLE_STATES, discard: DISCARDABLE_STATES };

export function outboxAllows(action: OutboxAction, state: OutboxState): boolean {
  return ALLOWED[action].includes(state);
}

/** Why a mail in this status cannot undergo the action (a CONFLICT message for people). */
export function outboxRefusal(action: OutboxAction, status: OutboxStatus): string {
  const verb = { send: 'sent', edit: 'edited', discard: 'discarded' }[action];
  switch (status) {
    case 'SENT':
      return `This mail was already sent; it cannot be ${verb} any more.`;
    case 'SENDING':
      return `This mail is being sent right now; it cannot be ${verb}.`;
    case 'DISCARDED':
      return `This mail was discarded; it cannot be ${verb} any more.`;
    default:
      return `A ${OUTBOX_STATUS_LABELS[status].toLowerCase()} mail cannot be ${verb}.`;
  }
}

/** Longest address SMTP carries (RFC 5321: 64 for the local part, 254 in all). */
const MAX_ADDRESS = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** One plain address such as ada@example.org (no display name, no list). `localhost` and other one-label hosts pass. */
export function isValidEmailAddress(value: string): boolean {
  if (value.length > MAX_ADDRESS) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  return domain.split('.').every((label) => DOMAIN_LABEL.test(label));
}

export interface OutboxMailText {
  to: string;
  subject: string;
  body: string;
}

/** Limits the API also enforces on input size; the messages here are the ones people read. */
export const MAX_SUBJECT_LENGTH = 300;
export const MAX_BODY_LENGTH = 100_000;

/**
 * Checks a mail a person edited in the outbox and returns it tidied (address and subject trimmed). Throws INVALID
 * with a message per field.
 */
export function validateOutboxMail(mail: OutboxMailText): OutboxMailText {
  const to = mail.to.trim();
  const subject = mail.subject.trim();
  const fields: Record<string, string> = {};
  if (!to) fields.to = 'A recipient address is required.';
  else if (!isValidEmailAddress(to)) fields.to = `"${to.length > 80 ? `${to.slice(0, 80)}…` : to}" is not an email address (one address such as ada@example.org).`;
  if (!subject) fields.subject = 'A subject is required.';
  else if (/[\r\n]/.test(subject)) fields.subject = 'The subject must be one line.';
  else if (subject.length > MAX_SUBJECT_LENGTH) fields.subject = `The subject is too long (${subject.length} characters, at most ${MAX_SUBJECT_LENGTH}).`;
  if (!mail.body.trim()) fields.body = 'The message is empty.';
  else if (mail.body.length > MAX_BODY_LENGTH) fields.body = `The message is too long (${mail.body.length} characters, at most ${MAX_BODY_LENGTH}).`;
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The mail has errors.', fields);
  return { to, subject, body: mail.body };
}

/** The installation's sender when MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = 'Podium <noreply@localhost>';

/** Who a conference's mail comes from: its own sender when set, else the installation's (MAIL_FROM), else the default. */
export function resolveSender(conferenceMailFrom: string | null | undefined, installationFrom: string | null | undefined): string {
  return conferenceMailFrom?.trim() || installationFrom?.trim() || DEFAULT_MAIL_FROM;
}

/** What a bulk send did, as one sentence for the organizer. */
export function describeSendResult(r: { sent: number; failed: number; skipped: number }): string {
  const parts: string[] = [];
  const mails = (n: number) => `${n} mail${n === 1 ? '' : 's'}`;
  if (r.sent) parts.push(`Sent ${mails(r.sent)}.`);
  if (r.failed) parts.push(`${mails(r.failed)} failed; ${r.failed === 1 ? 'it stays' : 'they stay'} in the outbox with the error and can be sent again.`);
  if (r.skipped) parts.push(`${mails(r.skipped)} skipped: already sent, being sent, or discarded.`);
  return parts.length ? parts.join(' ') : 'Nothing to send.';
}
