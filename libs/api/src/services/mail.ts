// Every mail Podium sends is written to the outbox first (pretalx's outbox): from the conference's template for its
// kind (or the default), with placeholders filled. Sending happens separately, reviewed by organizers or in bulk.

import { findMailTemplateOverride, insertOutboxMail, type DbOrTx } from '@podium/db';
import { DEFAULT_MAIL_TEMPLATES, renderTemplate, type MailTemplateKey } from '@podium/domain';

export interface QueueMailInput {
  conferenceId: string;
  key: MailTemplateKey;
  to: string;
  submissionId?: string | null;
  /** Values for the template's placeholders (see MAIL_PLACEHOLDERS in @podium/domain). */
  values: Record<string, string>;
}

export async function queueMail(db: DbOrTx, input: QueueMailInput) {
  const override = await findMailTemplateOverride(db, input.conferenceId, input.key);
  const template = override ? { subject: override.subject, body: override.body } : DEFAULT_MAIL_TEMPLATES[input.key];
  const { subject, body } = renderTemplate(input.key, template, input.values);
  return insertOutboxMail(db, {
    conferenceId: input.conferenceId,
    to: input.to,
    subject,
    body,
    templateKey: input.key,
    submissionId: input.submissionId ?? null,
  });
}

/** The public app's base URL (PODIUM_PUBLIC_URL), for links in mails. */
export function publicUrl(path: string): string {
  const base = (process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path}`;
}

/** Where a speaker sees (and confirms) a proposal in the public app. */
export const proposalPath = (slug: string, code: string) => `/${slug}/me/proposals/${code}`;

/**
 * The organizer app's base URL, for links in mails that lead there (team invitations). The procedures that mail such
 * links run in the organizer app, whose NEXTAUTH_URL is its own public URL (see README, Configuration).
 */
export function organizerUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT_ORGANIZER ?? 3001}`).replace(/\/+$/, '');
  return `${base}${path}`;
}

/** Where an invited team member accepts, in the organizer app. */
export const teamInvitePath = (token: string) => `/invites/team/${token}`;
