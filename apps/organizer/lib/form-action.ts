import 'server-only';
import { TRPCError } from '@trpc/server';
import type { FormState } from '@podium/ui';

let seq = 0;

/** The submitted form as plain strings (to refill the form after an error). */
export function formValues(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === 'string' && !k.startsWith('$ACTION')) out[k] = v;
  return out;
}

/**
 * Runs an API call for a server action and turns the outcome into form state: per-field messages from zod or a
 * domain rule next to their fields, a form-level message otherwise. Unexpected errors still throw.
 */
export async function runForm(data: FormData, call: () => Promise<unknown>, okMessage: string): Promise<FormState> {
  try {
    await call();
    return { status: 'ok', message: okMessage, seq: ++seq };
  } catch (err) {
    if (!(err instanceof TRPCError) || err.code === 'INTERNAL_SERVER_ERROR') throw err;
    const cause = err.cause as { fields?: Record<string, string>; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
    const fields = cause?.fields ?? (cause?.issues ? Object.fromEntries(cause.issues.map((i) => [i.path.map(String).join('.'), i.message])) : undefined);
    console.warn(`[podium] form refused: ${err.code} ${err.message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
    const message = err.code === 'BAD_REQUEST' && fields && Object.keys(fields).length ? 'Please correct the marked fields.' : err.message;
    return { status: 'error', message, fields, values: formValues(data), seq: ++seq };
  }
}
