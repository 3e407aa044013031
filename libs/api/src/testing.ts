// Helpers for the API's integration tests: what a refused call answered, in the words a form would show.
import { TRPCError } from '@trpc/server';

export interface CallOutcome {
  /** 'OK' when the call succeeded, else the tRPC error code. */
  code: string;
  /** Per-field messages, from a domain rule or from zod. */
  fields?: Record<string, string>;
  message: string;
}

export async function trpcFailure(p: Promise<unknown>): Promise<CallOutcome> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    const cause = err.cause as { fields?: Record<string, string>; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
    const fields = cause?.fields ?? (cause?.issues ? Object.fromEntries(cause.issues.map((i) => [i.path.map(String).join('.'), i.message])) : undefined);
    return { code: err.code, fields, message: err.message };
  }
  return { code: 'OK', message: '' };
}
