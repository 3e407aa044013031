// Mail templates with {placeholders}. Defaults live here; a conference may override subject and body per kind.
// Rendering refuses unknown placeholders, so a typo in a template is caught when it is saved, not in a speaker's inbox.

import { DomainError } from '../errors.ts';

export const MAIL_TEMPLATE_KEYS = [
  'SUBMISSION_RECEIVED',
  'CO_SPEAKER_INVITE',
  'ACCEPTED',
  'REJECTED',
  'WAITLISTED',
  'CONFIRMATION_REMINDER',
  'TEAM_INVITE',
  'SCHEDULE_CHANGED',
] as const;
export type MailTemplateKey = (typeof MAIL_TEMPLATE_KEYS)[number];

export interface MailTemplateText {
  subject: string;
  body: string;
}

/** The placeholders each kind of mail can use, with what they stand for (shown next to the template editor). */
export const MAIL_PLACEHOLDERS: Record<MailTemplateKey, Record<string, string>> = {
  SUBMISSION_RECEIVED: { conference: 'conference name', speaker: "speaker's name", title: 'proposal title', url: 'link to the proposal' },
  CO_SPEAKER_INVITE: { conference: 'conference name', inviter: 'who invites', title: 'proposal title', url: 'invitation link' },
  ACCEPTED: { conference: 'conference name', speaker: "speaker's name", title: 'proposal title', url: 'link to confirm' },
  REJECTED: { conference: 'conference name', speaker: "speaker's name", title: 'proposal title', url: 'link to the proposal' },
  WAITLISTED: { conference: 'conference name', speaker: "speaker's name", title: 'proposal title', url: 'link to the proposal' },
  CONFIRMATION_REMINDER: { conference: 'conference name', speaker: "speaker's name", title: 'proposal title', url: 'link to confirm' },
  TEAM_INVITE: {
    conference: 'conference name',
    inviter: 'who invites',
    role: 'the role offered: reviewer or organizer',
    tracks: 'the tracks a reviewer is limited to, as " for the tracks Storage, Virtualization" (empty when not limited)',
    url: 'link to accept the invitation',
    expires: 'when the link stops working: day, local time and UTC offset',
  },
  SCHEDULE_CHANGED: {
    conference: 'conference name',
    speaker: "speaker's name",
    title: 'session title',
    release: 'release name, e.g. 1.1',
    status: 'what happened to the session: new, moved or cancelled',
    change: 'one sentence on what happened: on the schedule, moved from where it was, or taken off the schedule',
    when: 'day, local time and UTC offset of the session (a cancelled session: when it was planned)',
    room: 'room of the session (a cancelled session: where it was planned)',
    old_when: 'day, local time and UTC offset before this release (a new session: —)',
    old_room: 'room before this release (a new session: —)',
    url: "link to the session's public page (a cancelled session: this release on the public changelog)",
    calendar: 'a sentence on the attached calendar file, which adds or updates the session, or removes a cancelled one',
  },
};

export const DEFAULT_MAIL_TEMPLATES: Record<MailTemplateKey, MailTemplateText> = {
  SUBMISSION_RECEIVED: {
    subject: '[{conference}] We received your proposal "{title}"',
    body: 'Hello {speaker},\n\nthank you for submitting "{title}" to {conference}. You can still edit it until the deadline:\n{url}\n\nWe will let you know once the program committee has decided.\n\nThe {conference} team',
  },
  CO_SPEAKER_INVITE: {
    subject: '[{conference}] {inviter} invites you to co-present "{title}"',
    body: 'Hello,\n\n{inviter} added you as a co-speaker of "{title}" at {conference}. Follow this link to join the proposal (you can create an account there):\n{url}\n\nThe {conference} team',
  },
  ACCEPTED: {
    subject: '[{conference}] Your proposal "{title}" was accepted',
    body: 'Hello {speaker},\n\ngood news: "{title}" has been accepted for {conference}. Please confirm that you will give it:\n{url}\n\nThe {conference} team',
  },
  REJECTED: {
    subject: '[{conference}] Your proposal "{title}"',
    body: 'Hello {speaker},\n\nthank you for proposing "{title}" to {conference}. We received many more proposals than we have room for, and we are sorry that we could not accept yours this time.\n{url}\n\nThe {conference} team',
  },
  WAITLISTED: {
    subject: '[{conference}] Your proposal "{title}" is on the waitlist',
    body: 'Hello {speaker},\n\n"{title}" is on the waitlist for {conference}: if a slot opens up, we will contact you.\n{url}\n\nThe {conference} team',
  },
  CONFIRMATION_REMINDER: {
    subject: '[{conference}] Please confirm "{title}"',
    body: 'Hello {speaker},\n\nwe have not yet heard whether you will give "{title}" at {conference}. Please confirm or decline here:\n{url}\n\nThe {conference} team',
  },
  TEAM_INVITE: {
    subject: '[{conference}] {inviter} invites you to join as {role}',
    body:
      'Hello,\n\n{inviter} invites you to join {conference} as {role}{tracks}. ' +
      'Follow this link, sign in with this email address (or create an account with it there) and accept:\n{url}\n\n' +
      'The link works once and until {expires}. If you did not expect this invitation, ignore this mail: nothing changes until it is accepted.\n\n' +
      'The {conference} team',
  },
  SCHEDULE_CHANGED: {
    subject: '[{conference}] Schedule {release}: "{title}"',
    body: 'Hello {speaker},\n\nversion {release} of the {conference} schedule is out. {change}\n\n  {title}\n  {when}\n  {room}\n\n{url}\n\n{calendar}\n\nThe {conference} team',
  },
};

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** Placeholders used in a text that the kind of mail does not know. */
export function unknownPlaceholders(key: MailTemplateKey, text: string): string[] {
  const known = MAIL_PLACEHOLDERS[key];
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in known)))];
}

/** Checks a template a person edited; throws INVALID with per-field messages. */
export function validateTemplate(key: MailTemplateKey, t: MailTemplateText): void {
  const fields: Record<string, string> = {};
  if (!t.subject.trim()) fields.subject = 'A subject is required.';
  else if (/[\r\n]/.test(t.subject)) fields.subject = 'The subject must be one line.';
  if (!t.body.trim()) fields.body = 'A body is required.';
  for (const field of ['subject', 'body'] as const) {
    const bad = unknownPlaceholders(key, t[field]);
    if (bad.length && !fields[field]) {
      fields[field] = `Unknown placeholder${bad.length > 1 ? 's' : ''} ${bad.map((b) => `{${b}}`).join(', ')}; available: ${Object.keys(MAIL_PLACEHOLDERS[key]).map((k) => `{${k}}`).join(', ')}.`;
    }
  }
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The template has errors.', fields);
}

/** Fills a template. Every known placeholder must be given a value. */
export function renderTemplate(key: MailTemplateKey, t: MailTemplateText, values: Record<string, string>): MailTemplateText {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(name in MAIL_PLACEHOLDERS[key])) return whole;
      const v = values[name];
      if (v === undefined) throw new Error(`No value for {${name}} in a ${key} mail`);
      return v;
    });
  // A value must not break the subject into several header lines.
  return { subject: fill(t.subject).replace(/[\r\n]+/g, ' '), body: fill(t.body) };
}
