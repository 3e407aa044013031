// The browser's tRPC client for the schedule editor (the organizer app's /api/trpc endpoint, superjson like the server).
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@podium/api';

export const scheduleApi = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })] });

/** A failed call as the editor shows it: the message, the API's code and its per-field messages. */
export function describeFailure(err: unknown): { message: string; code: string | null; fields: Record<string, string> } {
  if (err instanceof TRPCClientError) {
    const data = (err.data ?? {}) as { code?: string; fields?: Record<string, string> };
    return { message: err.message, code: data.code ?? null, fields: data.fields ?? {} };
  }
  return { message: 'The server could not be reached: check your connection and try again.', code: null, fields: {} };
}
