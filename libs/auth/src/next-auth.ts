// next-auth (v4) configuration shared by the apps: email + password against our users table, JWT sessions that carry
// only the user id. Roles are loaded from the database on every request (see libs/api context), so revoking a role
// takes effect at once.

import type { AuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { findUserByEmail, getDb } from '@podium/db';
import { verifyPassword } from './password.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export async function authorizeCredentials(email: unknown, password: unknown): Promise<SessionUser | null> {
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return null;
  const user = await findUserByEmail(getDb(), email);
  // Hash anyway when the user is unknown, so timing does not reveal which emails have accounts.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name };
}

// A valid hash of a random string: verifying against it costs the same as a real check.
const DUMMY_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$Q9epcmknkhdXHHe/EwusAHMEimBwVKceZQJQ201xfyE=';

/** Cookies are marked Secure when the app is served over https (NEXTAUTH_URL), as browsers then require. */
export const secureCookies = () => (process.env.NEXTAUTH_URL ?? '').startsWith('https://');

export function createAuthOptions(options: { signInPage: string; cookiePrefix: string }): AuthOptions {
  const secure = secureCookies();
  return {
    session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
    secret: process.env.NEXTAUTH_SECRET,
    pages: { signIn: options.signInPage, error: options.signInPage },
    // The apps share a host name (localhost) on different ports, and cookies ignore ports: give each its own names.
    cookies: {
      sessionToken: { name: `${options.cookiePrefix}.session-token`, options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
      csrfToken: { name: `${options.cookiePrefix}.csrf-token`, options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
      callbackUrl: { name: `${options.cookiePrefix}.callback-url`, options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
    },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials): Promise<User | null> {
          return authorizeCredentials(credentials?.email, credentials?.password);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}

/** The signed-in user's id from a next-auth session, or null. */
export function sessionUserId(session: unknown): string | null {
  const id = (session as { user?: { id?: unknown } } | null)?.user?.id;
  return typeof id === 'string' ? id : null;
}
