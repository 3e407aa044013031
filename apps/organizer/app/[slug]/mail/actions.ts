'use server';
// Server actions of the mail pages. Forms post here (they work without JavaScript); each action calls the API as the
// signed-in user — the API decides who may do what — and redirects back with what happened.

import { redirect } from 'next/navigation';
import { TRPCError } from '@trpc/server';
import { DomainError, MAIL_TEMPLATE_KEYS, type MailTemplateKey } from '@podium/domain';
import { getApi } from '../../../lib/server';

export interface FormState {
  /** A message for the whole form (role=alert). */
  message?: string;
  /** Messages next to fields. */
  fields?: Record<string, string>;
  /** What the person typed, to put back into the fields. */
  values?: Record<string, string>;
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};
const slugOf = (form: FormData) => text(form, 'slug');
const outboxPath = (slug: string, query = '') => `/${encodeURIComponent(slug)}/mail${query ? `?${query}` : ''}`;

/** What went wrong in an API call, for a form; sign-in and access problems leave the page as any page would. */
function failureOf(err: unknown, backTo: string): { code: string; message: string; fields: Record<string, string> } {
  if (!(err instanceof TRPCError)) throw err;
  if (err.code === 'UNAUTHORIZED') redirect(`/signin?callbackUrl=${encodeURIComponent(backTo)}`);
  if (err.code === 'FORBIDDEN') redirect(`/forbidden?from=${encodeURIComponent(backTo)}`);
  const cause = err.cause;
  let fields: Record<string, string> = {};
  if (cause instanceof DomainError) fields = cause.fields;
  else if (cause && typeof cause === 'object' && 'issues' in cause && Array.isArray(cause.issues)) {
    fields = Object.fromEntries((cause.issues as { path: (string | number)[]; message: string }[]).map((i) => [i.path.join('.'), i.message]));
  }
  return { code: err.code, message: err.message, fields };
}

function sendQuery(r: { sent: number; failed: { id: string }[]; skipped: number }) {
  return new URLSearchParams({ sent: String(r.sent), failed: String(r.failed.length), skipped: String(r.skipped) }).toString();
}

function stateQuery(form: FormData) {
  const state = text(form, 'state');
  return state ? `state=${encodeURIComponent(state)}&` : '';
}

/** "Send selected" in the outbox table. */
export async function sendSelected(form: FormData) {
  const slug = slugOf(form);
  const ids = form.getAll('ids').filter((v): v is string => typeof v === 'string');
  if (!ids.length) redirect(outboxPath(slug, `${stateQuery(form)}error=choose`));
  let query: string;
  try {
    query = sendQuery(await (await getApi()).mail.outbox.send({ slug, ids }));
  } catch (err) {
    query = `error=${failureOf(err, outboxPath(slug)).code === 'CONFLICT' ? 'smtp' : 'failed'}`;
  }
  redirect(outboxPath(slug, `${stateQuery(form)}${query}`));
}

/** "Send all pending". */
export async function sendAllPending(form: FormData) {
  const slug = slugOf(form);
  let query: string;
  try {
    query = sendQuery(await (await getApi()).mail.outbox.send({ slug, allPending: true }));
  } catch (err) {
    query = `error=${failureOf(err, outboxPath(slug)).code === 'CONFLICT' ? 'smtp' : 'failed'}`;
  }
  redirect(outboxPath(slug, `${stateQuery(form)}${query}`));
}

/** "Remind unconfirmed speakers": queues a reminder per speaker of each accepted, unconfirmed proposal. */
export async function remindUnconfirmed(form: FormData) {
  const slug = slugOf(form);
  let query: string;
  try {
    const r = await (await getApi()).mail.remindUnconfirmed({ slug });
    query = `reminded=${r.queued}&unconfirmed=${r.proposals}`;
  } catch (err) {
    query = `error=${failureOf(err, outboxPath(slug)).code === 'BAD_REQUEST' ? 'choose' : 'failed'}`;
  }
  redirect(outboxPath(slug, query));
}

/** "Discard selected" in the outbox table, and "Discard" on a mail's page. */
export async function discardSelected(form: FormData) {
  const slug = slugOf(form);
  const ids = form.getAll('ids').filter((v): v is string => typeof v === 'string');
  if (!ids.length) redirect(outboxPath(slug, `${stateQuery(form)}error=choose`));
  let query: string;
  try {
    const r = await (await getApi()).mail.outbox.discard({ slug, ids });
    query = `discarded=${r.discarded}&skipped=${r.skipped}`;
  } catch (err) {
    query = `error=${failureOf(err, outboxPath(slug)).code === 'BAD_REQUEST' ? 'choose' : 'failed'}`;
  }
  redirect(outboxPath(slug, `${stateQuery(form)}${query}`));
}

/** The edit form on a mail's page: "Save", or "Save and send" (intent=send). */
export async function saveMail(_prev: FormState, form: FormData): Promise<FormState> {
  const slug = slugOf(form);
  const id = text(form, 'id');
  const values = { to: text(form, 'to'), subject: text(form, 'subject'), body: text(form, 'body') };
  const page = `${outboxPath(slug)}/${encodeURIComponent(id)}`;
  const api = await getApi();
  try {
    await api.mail.outbox.update({ slug, id, ...values });
  } catch (err) {
    const f = failureOf(err, page);
    return { message: Object.keys(f.fields).length ? 'Please correct the fields marked below; nothing was saved.' : f.message, fields: f.fields, values };
  }
  if (text(form, 'intent') !== 'send') redirect(`${page}?saved=1`);
  let query: string;
  try {
    query = sendQuery(await api.mail.outbox.send({ slug, ids: [id] }));
  } catch (err) {
    query = `error=${failureOf(err, page).code === 'CONFLICT' ? 'smtp' : 'failed'}`;
  }
  redirect(`${page}?saved=1&${query}`);
}

function templateKey(form: FormData): MailTemplateKey | null {
  const key = text(form, 'key');
  return (MAIL_TEMPLATE_KEYS as readonly string[]).includes(key) ? (key as MailTemplateKey) : null;
}

/** Saves one template on the templates page. */
export async function saveTemplate(_prev: FormState, form: FormData): Promise<FormState> {
  const slug = slugOf(form);
  const key = templateKey(form);
  const values = { subject: text(form, 'subject'), body: text(form, 'body') };
  const page = `${outboxPath(slug)}/templates`;
  if (!key) return { message: 'Unknown kind of mail.', values };
  try {
    await (await getApi()).mail.templates.update({ slug, key, ...values });
  } catch (err) {
    const f = failureOf(err, page);
    return { message: Object.keys(f.fields).length ? 'Please correct the fields marked below; nothing was saved.' : f.message, fields: f.fields, values };
  }
  redirect(`${page}?saved=${key}#template-${key}`);
}

/** "Reset to default" on the templates page. */
export async function resetTemplate(form: FormData) {
  const slug = slugOf(form);
  const key = templateKey(form);
  const page = `${outboxPath(slug)}/templates`;
  if (!key) redirect(page);
  try {
    await (await getApi()).mail.templates.reset({ slug, key });
  } catch (err) {
    failureOf(err, page);
    redirect(`${page}?error=failed`);
  }
  redirect(`${page}?reset=${key}#template-${key}`);
}
