import 'server-only';
import { getServerSession } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { createAuthOptions, secureCookies, sessionUserId } from '@podium/auth/next-auth';

// The public app's own session cookie (podium-public.*): signing in here does not sign anyone in to the organizer app.
export const authOptions = createAuthOptions({ signInPage: '/signin', cookiePrefix: 'podium-public' });

const SESSION_COOKIE = authOptions.cookies!.sessionToken!.name;
const SESSION_SECONDS = authOptions.session?.maxAge ?? 60 * 60 * 24 * 14;

export async function currentUserId(): Promise<string | null> {
  return sessionUserId(await getServerSession(authOptions));
}

/**
 * Starts a next-auth session for a user whose password was just checked (sign-in) or who just signed up: the same
 * encrypted JWT next-auth's credentials callback would set, minted in a server action so that the forms work without
 * JavaScript and report errors next to their fields.
 */
export async function startSession(user: { id: string; name: string; email: string }) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set (npm start sets it; see README, Configuration).');
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret, maxAge: SESSION_SECONDS });
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies(), maxAge: SESSION_SECONDS });
}

export async function endSession() {
  (await cookies()).delete(SESSION_COOKIE);
}

/** Only same-site paths: never bounce someone to another host after signing in. */
export { safeCallbackPath as safeCallback } from '@podium/auth';
