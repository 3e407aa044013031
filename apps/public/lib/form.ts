import 'server-only';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { PortalFormState } from '../app/_components/form-state';

/** Fields whose values are never sent back into the page. */
const SECRET = new Set(['password']);

/** The submitted form as lists of strings (checkbox groups send several values under one name). */
export function formValues(data: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of data.entries()) {
    if (typeof v !== 'string' || k.startsWith('$ACTION') || SECRET.has(k)) continue;
    (out[k] ??= []).push(v);
  }
  return out;
}

export const text = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
};

/** Answers to custom questions, from inputs named "answers.<questionId>" (several values for multiple choice). */
export function answersFrom(data: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set([...data.keys()])) {
    if (!key.startsWith('answers.')) continue;
    const values = data.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key.slice('answers.'.length)] = values.length > 1 ? values : (values[0] ?? '');
  }
  return out;
}

let seq = 0;

/**
 * An API refusal as form state: per-field messages (from the domain or from zod) next to their fields, the reason
 * otherwise, and the submitted values to refill the form. Unexpected errors are not swallowed.
 */
export function refusal(err: unknown, data: FormData, mapField: (key: string) => string = (k) => k): PortalFormState {
  if (!(err instanceof TRPCError) || err.code === 'INTERNAL_SERVER_ERROR') throw err;
  const cause = err.cause as { fields?: Record<string, string> } | undefined;
  const raw = err.cause instanceof ZodError ? Object.fromEntries(err.cause.issues.map((i) => [i.path.map(String).join('.'), i.message])) : (cause?.fields ?? {});
  const fields = Object.fromEntries(Object.entries(raw).map(([k, v]) => [mapField(k), v]));
  // One line per refused form in the server log: what the person was told, for support and for tracing test flakes.
  console.warn(`[podium] form refused: ${err.code} ${err.message}${Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : ''}`);
  const message =
    err.code === 'UNAUTHORIZED'
      ? 'You are signed out. Sign in again in another tab, then send this form again: what you typed is still here.'
      : err.cause instanceof ZodError
        ? 'Please correct the marked fields.'
        : err.message;
  return { status: 'error', message, fields, values: formValues(data), seq: ++seq };
}

/** A form-level refusal that is not an API error (e.g. a wrong password). */
export function formError(data: FormData, message: string, fields: Record<string, string> = {}): PortalFormState {
  return { status: 'error', message, fields, values: formValues(data), seq: ++seq };
}
