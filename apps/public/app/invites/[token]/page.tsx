import type { Metadata } from 'next';
import Link from 'next/link';
import { TRPCError } from '@trpc/server';
import { formatInstant } from '../../../lib/format';
import { getApi, getViewer } from '../../../lib/server';
import { Notice } from '../../_components/notice';
import { SiteHeader } from '../../_components/site-header';
import { AcceptInviteForm } from './accept-form';

export const dynamic = 'force-dynamic';
// The link's token must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: 'Invitation to co-present', referrer: 'no-referrer', robots: { index: false } };

async function loadInvite(token: string) {
  try {
    return await (await getApi()).speaker.invite({ token });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) return null;
    throw err;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/invites/${token}`;
  const [invite, viewer] = await Promise.all([loadInvite(token), getViewer()]);
  const back = `?callbackUrl=${encodeURIComponent(here)}`;
  return (
    <>
      <SiteHeader slug={invite?.conference.slug} here={here} />
      <main id="main" className="mx-auto max-w-xl px-4 py-8 sm:py-12">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8" data-testid="invite">
          <h1 className="text-2xl font-bold tracking-tight">Invitation to co-present</h1>
          {!invite ? (
            <p className="mt-4 text-slate-700">This invitation link is not valid. Check that you copied all of it, or ask the speaker to invite you again.</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-600">{invite.conference.name}</p>
              {invite.status === 'open' && (
                <>
                  <p className="mt-4 text-slate-800">
                    <strong>{invite.inviter}</strong> invites you to co-present <strong data-testid="invite-title">“{invite.title}”</strong>. Once you join, you see
                    the proposal, can edit it with them, and appear as a speaker.
                  </p>
                  <p className="mt-2 text-sm text-slate-600">The link is valid until {formatInstant(invite.expiresAt, invite.conference.timeZone)}.</p>
                  {invite.viewerIsSpeaker ? (
                    <p className="mt-4">
                      You are already a speaker of this proposal.{' '}
                      <Link href={`/${invite.conference.slug}/me/proposals/${invite.code}`} className="font-medium text-blue-800 hover:underline">
                        Open it →
                      </Link>
                    </p>
                  ) : viewer ? (
                    <AcceptInviteForm token={token} />
                  ) : (
                    <div className="mt-6 flex flex-wrap items-center gap-3">
                      <Link href={`/signup${back}`} className="rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white hover:bg-slate-700">
                        Create an account to join
                      </Link>
                      <Link href={`/signin${back}`} className="text-sm font-medium text-blue-800 hover:underline">
                        I have an account: sign in
                      </Link>
                    </div>
                  )}
                </>
              )}
              {invite.status === 'accepted' &&
                (invite.viewerIsSpeaker ? (
                  <p className="mt-4">
                    You joined “{invite.title}”.{' '}
                    <Link href={`/${invite.conference.slug}/me/proposals/${invite.code}`} className="font-medium text-blue-800 hover:underline">
                      Open the proposal →
                    </Link>
                  </p>
                ) : (
                  <div className="mt-4">
                    <Notice tone="warn">This invitation has already been used. Ask the speaker to invite you again if you need to.</Notice>
                  </div>
                ))}
              {invite.status === 'expired' && (
                <div className="mt-4">
                  <Notice tone="warn">
                    This invitation expired on {formatInstant(invite.expiresAt, invite.conference.timeZone)}. Ask {invite.inviter} to invite you again.
                  </Notice>
                </div>
              )}
              {invite.status === 'closed' && (
                <div className="mt-4">
                  <Notice tone="warn">This proposal is closed: the invitation no longer applies.</Notice>
                </div>
              )}
            </>
          )}
        </div>
      </main>
    </>
  );
}
