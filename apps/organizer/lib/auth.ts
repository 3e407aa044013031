import 'server-only';
import { getServerSession } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { createAuthOptions, secureCookies, sessionUserId } from '@podium/auth/next-auth';

export const authOptions = createAuthOptions({ signInPage: '/signin', cookiePrefix: 'podium-organizer' });

export async function currentUserId(): Promise<string | null> {
  return sessionUserId(await getServerSession(authOptions));
}

const SESSION_COOKIE = authOptions.cookies!.sessionToken!.name;
const SESSION_SECONDS = authOptions.session?.maxAge ?? 60 * 60 * 24 * 14;

/**
 * Starts a session for an account just created from a team invitation: the same encrypted JWT next-auth's
 * credentials sign-in sets, minted in a server action so the invitation page works without JavaScript.
 */
export async function startSession(user: { id: string; name: string; email: string }) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set (npm start sets it; see README, Configuration).');
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret, maxAge: SESSION_SECONDS });
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies(), maxAge: SESSION_SECONDS });
}

/** Ends the session (a server action's sign-out, e.g. to switch to the invited account). */
export async function endSession() {
  (await cookies()).delete(SESSION_COOKIE);
}
