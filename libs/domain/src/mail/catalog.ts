// What each kind of mail is for, shown on the template editor, and example values to preview a template with.

import { MAIL_PLACEHOLDERS, renderTemplate, validateTemplate, type MailTemplateKey, type MailTemplateText } from './templates.ts';

export const MAIL_TEMPLATE_INFO: Record<MailTemplateKey, { label: string; sentWhen: string }> = {
  SUBMISSION_RECEIVED: { label: 'Proposal received', sentWhen: 'to each speaker when a proposal is submitted' },
  CO_SPEAKER_INVITE: { label: 'Co-speaker invitation', sentWhen: 'to a person a speaker invites to co-present a proposal' },
  ACCEPTED: { label: 'Proposal accepted', sentWhen: 'to the speakers when organizers accept a proposal' },
  REJECTED: { label: 'Proposal rejected', sentWhen: 'to the speakers when organizers reject a proposal' },
  WAITLISTED: { label: 'Proposal waitlisted', sentWhen: 'to the speakers when organizers put a proposal on the waitlist' },
  CONFIRMATION_REMINDER: { label: 'Confirmation reminder', sentWhen: 'to speakers of accepted proposals who have not confirmed yet' },
};

const EXAMPLES: Record<string, string> = {
  speaker: 'Ada Lovelace',
  inviter: 'Grace Hopper',
  title: 'Live migration of analytical engines',
  url: 'https://podium.example.org/p/EXAMPLE',
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
