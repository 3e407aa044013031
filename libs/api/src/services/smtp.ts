// SMTP delivery with nodemailer, configured from the environment:
//   SMTP_URL   smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://user:pass@host:465 (TLS);
//              nodemailer's URL form, so options such as ?tls.rejectUnauthorized=false work too. Unset: no delivery,
//              mails stay in the outbox.
//   MAIL_FROM  the installation's sender, default "Podium <noreply@localhost>"; a conference's own sender wins.
// The transport is created lazily, once per URL (a changed SMTP_URL gets a new one).

import nodemailer, { type Transporter } from 'nodemailer';
import { resolveSender } from '@podium/domain';

export const SMTP_NOT_CONFIGURED = 'No SMTP server is configured (SMTP_URL): mails stay in the outbox.';

export interface SmtpStatus {
  configured: boolean;
  /** Who the mail comes from (the conference's sender when given and set, else MAIL_FROM, else the default). */
  from: string;
  /** host:port of the server, never the credentials; null when not configured. */
  server: string | null;
  /** Why SMTP_URL cannot be used, when it is set but malformed. */
  problem: string | null;
}

function parseSmtpUrl(raw: string): { server: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'SMTP_URL is not a URL (expected smtp://user:pass@host:port or smtps://…).' };
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return { problem: `SMTP_URL must start with smtp:// or smtps:// (not ${url.protocol}//).` };
  }
  if (!url.hostname) return { problem: 'SMTP_URL names no host.' };
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return { server: `${url.protocol}//${url.hostname}:${port}` };
}

export function smtpStatus(conferenceMailFrom?: string | null): SmtpStatus {
  const from = resolveSender(conferenceMailFrom, process.env.MAIL_FROM);
  const raw = process.env.SMTP_URL?.trim();
  if (!raw) return { configured: false, from, server: null, problem: null };
  const parsed = parseSmtpUrl(raw);
  return 'problem' in parsed ? { configured: false, from, server: null, problem: parsed.problem } : { configured: true, from, server: parsed.server, problem: null };
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Fail within seconds on a wrong host or port instead of nodemailer's two-minute default; the URL may override.
    transport = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    transports.set(url, transport);
  }
  return transport;
}

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Files sent with the mail (a release mail's calendar file). */
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** Hands one mail to the configured server. Resolves with its Message-ID; rejects with the server's or network's error. */
export async function deliverMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const raw = process.env.SMTP_URL?.trim();
  const status = smtpStatus();
  if (!raw || !status.configured) throw new Error(status.problem ?? SMTP_NOT_CONFIGURED);
  const info = await transportFor(raw).sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.attachments?.length && { attachments: mail.attachments }) });
  return { messageId: info.messageId };
}
