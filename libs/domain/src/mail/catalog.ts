// What each kind of mail is for, shown on the template editor, and example values to preview a template with.

import { MAIL_PLACEHOLDERS, renderTemplate, validateTemplate, type MailTemplateKey, type MailTemplateText } from './templates.ts';

export const MAIL_TEMPLATE_INFO: Record<MailTemplateKey, { label: string; sentWhen: string }> = {
  SUBMISSION_RECEIVED: { label: 'Proposal received', sentWhen: 'to each speaker when a proposal is submitted' },
  CO_SPEAKER_INVITE: { label: 'Co-speaker invitation', sentWhen: 'to a person a speaker invites to co-present a proposal' },
  ACCEPTED: { label: 'Proposal accepted', sentWhen: 'to the speakers when organizers accept a proposal' },
  REJECTED: { label: 'Proposal rejected', sentWhen: 'to the speakers when organizers reject a proposal' },
  WAITLISTED: { label: 'Proposal waitlisted', sentWhen: 'to the speakers when organizers put a proposal on the waitlist' },
  CONFIRMATION_REMINDER: { label: 'Confirmation reminder', sentWhen: 'to speakers of accepted proposals who have not confirmed yet' },
  TEAM_INVITE: { label: 'Team invitation', sentWhen: 'to a person organizers invite to the team (such as a reviewer), with the link to accept' },
  SCHEDULE_CHANGED: {
    label: 'Schedule released',
    sentWhen: 'to the speakers of new, moved and cancelled sessions when a schedule is released, with the session as a calendar file',
  },
};

const EXAMPLES: Record<string, string> = {
  speaker: 'Ada Lovelace',
  inviter: 'Grace Hopper',
  title: 'Live migration of analytical engines',
  url: 'https://podium.example.org/p/EXAMPLE',
  role: 'reviewer',
  tracks: ' for the track Virtualization',
  expires: 'Wednesday, 21 November 2012, 14:30 (UTC+01:00)',
  release: '1.1',
  status: 'moved',
  change: 'Your session has moved (it was on Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium); it now takes place:',
  when: 'Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00)',
  room: 'Sala Gaudí',
  old_when: 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00)',
  old_room: 'Auditorium',
  calendar: 'The attached calendar file holds your session.',
};

/** A value for every placeholder of the kind: the conference's real name, made-up but plausible values for the rest. */
export function exampleValues(key: MailTemplateKey, conferenceName: string): Record<string, string> {
  return Object.fromEntries(Object.keys(MAIL_PLACEHOLDERS[key]).map((name) => [name, name === 'conference' ? conferenceName : (EXAMPLES[name] ?? `{${name}}`)]));
}

/** Checks a template (INVALID with per-field messages) and fills it with example values. */
export function previewTemplate(key: MailTemplateKey, template: MailTemplateText, conferenceName: string): MailTemplateText {
  validateTemplate(key, template);
  return renderTemplate(key, template, exampleValues(key, conferenceName));
}

/** The placeholders of a kind of mail as a list, in the order the catalog names them. */
export function placeholderList(key: MailTemplateKey): { name: string; description: string }[] {
  return Object.entries(MAIL_PLACEHOLDERS[key]).map(([name, description]) => ({ name, description }));
}
