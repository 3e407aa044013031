import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TRPCError } from '@trpc/server';
import { MIN_PASSWORD_LENGTH } from '@podium/auth';
import { formatDateKey, localDateKey, TEAM_ROLE_LABEL } from '@podium/domain';
import { getApi } from '../../../../lib/server';
import { formatInstant } from '../../../[slug]/mail/format';
import * as act from './actions';
import { AcceptTeamInviteForm, SignUpFromInviteForm } from './forms';

export const dynamic = 'force-dynamic';
// The link's token must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: 'Invitation to the team', referrer: 'no-referrer', robots: { index: false } };

async function loadInvite(token: string) {
  try {
    return await (await getApi()).team.invite({ token });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) return null;
    throw err;
  }
}

function Notice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={testId}>
      {children}
    </p>
  );
}

export default async function TeamInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/invites/team/${encodeURIComponent(token)}`;
  const invite = await loadInvite(token);
  const signIn = `/signin?callbackUrl=${encodeURIComponent(here)}`;
  const role = invite ? TEAM_ROLE_LABEL[invite.role] : '';
  const area = invite ? (invite.role === 'REVIEWER' ? `/${invite.conference.slug}/review` : `/${invite.conference.slug}`) : '/';
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-lg rounded-xl border border-slate-200 bg-white p-8 shadow-sm" data-testid="team-invite">
        <p className="text-sm font-semibold tracking-tight text-slate-500">Podium</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Invitation to the team</h1>
        {!invite ? (
          <Notice testId="invite-invalid">
            This invitation link is not valid: it may have been withdrawn or replaced by a newer invitation. Check that you copied all of it, or ask the
            organizers to invite you again.
          </Notice>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">
              {invite.conference.name}
              {invite.conference.location && ` · ${invite.conference.location}`} · {formatDateKey(invite.conference.startDate, 'short')} –{' '}
              {formatDateKey(invite.conference.endDate, 'short')}
            </p>

            {invite.status === 'open' && (
              <>
                <p className="mt-4 text-slate-800" data-testid="invite-summary">
                  {invite.inviter ? <strong>{invite.inviter}</strong> : 'The organizers'} invite{invite.inviter ? 's' : ''} <strong>{invite.email}</strong> to
                  join <strong>{invite.conference.name}</strong> as <strong data-testid="invite-role">{role}</strong>
                  {invite.role === 'REVIEWER' && (invite.trackNames.length ? ` for ${invite.trackNames.join(', ')}` : ' for all tracks')}.
                </p>
                <p className="mt-2 text-sm text-slate-600">
                  The link works once, until {formatInstant(invite.expiresAt, invite.conference.timeZone)} ({invite.conference.timeZone}).
                </p>

                {invite.viewer?.isInvitee ? (
                  <div className="mt-6">
                    <p className="mb-3 text-sm text-slate-700">
                      You are signed in as <strong>{invite.viewer.email}</strong>.
                    </p>
                    <AcceptTeamInviteForm action={act.acceptTeamInvite.bind(null, token)} label={`Accept: join as ${role}`} />
                  </div>
                ) : invite.viewer ? (
                  <div className="mt-6 space-y-3">
                    <Notice testId="invite-wrong-account">
                      You are signed in as {invite.viewer.email ?? 'an account without email'}, but this invitation is for {invite.email}. Only that account
                      can accept it: sign out, then sign in (or create the account) with {invite.email}.
                    </Notice>
                    <form action={act.signOutForInvite.bind(null, token)}>
                      <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
                        Sign out
                      </button>
                    </form>
                  </div>
                ) : invite.accountExists ? (
                  <div className="mt-6">
                    <Link href={signIn} className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
                      Sign in as {invite.email} to accept
                    </Link>
                  </div>
                ) : (
                  <div className="mt-6 space-y-4">
                    <p className="text-sm text-slate-700">
                      No account uses {invite.email} yet. Create it here — you then see this invitation again and accept it.
                    </p>
                    <SignUpFromInviteForm action={act.signUpFromInvite.bind(null, token)} email={invite.email ?? ''} minPassword={MIN_PASSWORD_LENGTH} />
                  </div>
                )}
              </>
            )}

            {invite.status === 'accepted' &&
              (invite.viewer?.acceptedIt ? (
                <p className="mt-4 text-slate-800" data-testid="invite-accepted">
                  You accepted this invitation: you are {role === 'organizer' ? 'an' : 'a'} {role} of {invite.conference.name}.{' '}
                  <Link href={area} className="font-medium text-blue-800 hover:underline">
                    Open it →
                  </Link>
                </p>
              ) : (
                <Notice testId="invite-used">This invitation has already been used. Ask the organizers to invite you again if you need to.</Notice>
              ))}

            {invite.status === 'expired' && (
              <Notice testId="invite-expired">
                This invitation expired on {formatDateKey(localDateKey(invite.expiresAt, invite.conference.timeZone))}. Ask the organizers of{' '}
                {invite.conference.name} to invite you again.
              </Notice>
            )}
          </>
        )}
      </div>
    </main>
  );
}
