import 'server-only';
import { cache } from 'react';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { createCaller, createContextInner } from '@podium/api';

/** A tRPC caller for server components: the public app reads everything through the same API as any client. */
export const getApi = cache(async () => createCaller(await createContextInner({ userId: null })));

/** Runs an API read; a NOT_FOUND from the API becomes the page's 404. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
}
