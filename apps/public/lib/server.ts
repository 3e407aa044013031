import 'server-only';
import { cache } from 'react';
import { TRPCError } from '@trpc/server';
import { notFound, redirect } from 'next/navigation';
import { createCaller, createContextInner } from '@podium/api';
import { currentUserId } from './auth';

/** The request's API context: the signed-in user (loaded fresh from the database) or anonymous. */
export const getContext = cache(async () => createContextInner({ userId: await currentUserId() }));

/** A tRPC caller for server components and actions, as the signed-in user; the API checks every right itself. */
export const getApi = cache(async () => createCaller(await getContext()));

/** The signed-in person, or null. */
export const getViewer = cache(async () => (await getContext()).user);

/** Runs an API read; a NOT_FOUND from the API becomes the page's 404. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
}

/** Runs an API read for a speaker page: not signed in → sign-in page (and back here after); unknown or not yours → 404. */
export async function forSpeakerPage<T>(read: Promise<T>, callbackPath: string): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof TRPCError) {
      if (err.code === 'UNAUTHORIZED') redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
      if (err.code === 'NOT_FOUND') notFound();
    }
    throw err;
  }
}

