import 'server-only';
import { cache } from 'react';
import { TRPCError } from '@trpc/server';
import { notFound, redirect } from 'next/navigation';
import { createCaller, createContextInner } from '@podium/api';
import { currentUserId } from './auth';

/** A tRPC caller for server components, as the signed-in user; the API checks every right itself. */
export const getApi = cache(async () => createCaller(await createContextInner({ userId: await currentUserId() })));

/** Runs an API read for a page: not signed in → sign-in page; no right → 403 page; unknown → 404. */
export async function forPage<T>(read: Promise<T>, callbackPath: string): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof TRPCError) {
      if (err.code === 'UNAUTHORIZED') redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
      if (err.code === 'NOT_FOUND') notFound();
      if (err.code === 'FORBIDDEN') redirect(`/forbidden?from=${encodeURIComponent(callbackPath)}`);
    }
    throw err;
  }
}
