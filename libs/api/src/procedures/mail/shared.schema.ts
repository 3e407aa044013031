// Schemas and mappers the mail procedures share.
import { z } from 'zod';
import {
  DEFAULT_MAIL_TEMPLATES,
  MAIL_TEMPLATE_INFO,
  MAIL_TEMPLATE_KEYS,
  OUTBOX_STATES,
  outboxAllows,
  outboxStatus,
  placeholderList,
  type MailTemplateKey,
  type OutboxState,
} from '@podium/domain';

export const outboxStateSchema = z.enum(OUTBOX_STATES);
export const outboxStatusSchema = z.enum([...OUTBOX_STATES, 'SENDING']);
export const mailTemplateKeySchema = z.enum(MAIL_TEMPLATE_KEYS);
export const mailIdSchema = z.string().min(1).max(64);

export const outboxMailSummarySchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  /** The stored state. */
  state: outboxStateSchema,
  /** What to show: the state, or SENDING while a delivery is under way. */
  status: outboxStatusSchema,
  templateKey: mailTemplateKeySchema.nullable(),
  submission: z.object({ code: z.string(), title: z.string() }).nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  canSend: z.boolean(),
  canEdit: z.boolean(),
  canDiscard: z.boolean(),
});
export type OutboxMailSummary = z.infer<typeof outboxMailSummarySchema>;

export const outboxMailSchema = outboxMailSummarySchema.extend({ body: z.string(), messageId: z.string().nullable() });
export type OutboxMailView = z.infer<typeof outboxMailSchema>;

interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  body: string;
  state: OutboxState;
  templateKey: MailTemplateKey | null;
  submission: { code: string; title: string } | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
}

export function toOutboxSummary(row: Omit<OutboxRow, 'body'>): OutboxMailSummary {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    state: row.state,
    status: outboxStatus(row),
    templateKey: row.templateKey,
    submission: row.submission,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    attempts: row.attempts,
    lastError: row.lastError,
    canSend: outboxAllows('send', row.state),
    canEdit: outboxAllows('edit', row.state),
    canDiscard: outboxAllows('discard', row.state),
  };
}

export function toOutboxMail(row: OutboxRow): OutboxMailView {
  return { ...toOutboxSummary(row), body: row.body, messageId: row.messageId };
}

export const mailTemplateSchema = z.object({
  key: mailTemplateKeySchema,
  label: z.string(),
  /** When Podium writes this mail, e.g. "to each speaker when a proposal is submitted". */
  sentWhen: z.string(),
  subject: z.string(),
  body: z.string(),
  /** True when the conference uses the default wording (no override stored). */
  isDefault: z.boolean(),
  updatedAt: z.date().nullable(),
  placeholders: z.array(z.object({ name: z.string(), description: z.string() })),
  default: z.object({ subject: z.string(), body: z.string() }),
});
export type MailTemplateView = z.infer<typeof mailTemplateSchema>;

export function toTemplateView(key: MailTemplateKey, override: { subject: string; body: string; updatedAt: Date } | null): MailTemplateView {
  const def = DEFAULT_MAIL_TEMPLATES[key];
  return {
    key,
    ...MAIL_TEMPLATE_INFO[key],
    subject: override?.subject ?? def.subject,
    body: override?.body ?? def.body,
    isDefault: !override,
    updatedAt: override?.updatedAt ?? null,
    placeholders: placeholderList(key),
    default: { subject: def.subject, body: def.body },
  };
}
