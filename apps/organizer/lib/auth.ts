import 'server-only';
import { getServerSession } from 'next-auth';
import { createAuthOptions, sessionUserId } from '@podium/auth/next-auth';

export const authOptions = createAuthOptions({ signInPage: '/signin', cookiePrefix: 'podium-organizer' });

export async function currentUserId(): Promise<string | null> {
  return sessionUserId(await getServerSession(authOptions));
}
