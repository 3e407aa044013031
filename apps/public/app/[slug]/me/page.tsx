import type { Metadata } from 'next';
import Link from 'next/link';
import { TrackBadge } from '@podium/ui';
import { formatInstant } from '../../../lib/format';
import { forSpeakerPage, getApi } from '../../../lib/server';
import { StateBadge } from '../../_components/state-badge';
import { ConferenceHeader } from '../conference-header';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your proposals' };

export default async function SpeakerDashboard({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const here = `/${slug}/me`;
  const api = await getApi();
  const [{ conference, proposals }, cfp] = await Promise.all([forSpeakerPage(api.speaker.myProposals({ slug }), here), forSpeakerPage(api.speaker.cfp({ slug }), here)]);
  const base = `/${conference.slug}`;
  return (
    <>
      <ConferenceHeader conference={conference} current="me" here={here} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold tracking-tight">Your proposals</h1>
            <p className="mt-1 text-sm text-slate-600">
              Only you and your co-speakers see these.{' '}
              <Link href={`${base}/me/profile`} className="font-medium text-blue-800 hover:underline">
                Your speaker profile →
              </Link>
            </p>
          </div>
          {cfp.status === 'open' && (
            <Link href={`${base}/me/proposals/new`} className="rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white hover:bg-slate-700" data-testid="new-proposal">
              New proposal
            </Link>
          )}
        </div>

        {proposals.length === 0 ? (
          <div className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="no-proposals">
            <p>You have no proposals here yet.</p>
            {cfp.status === 'open' ? (
              <p className="mt-2">
                <Link href={`${base}/me/proposals/new`} className="font-medium text-blue-800 hover:underline">
                  Write your first proposal →
                </Link>
              </p>
            ) : (
              <p className="mt-2 text-sm text-slate-600">The call for papers is {cfp.status === 'closed' ? 'closed' : 'not open yet'}.</p>
            )}
          </div>
        ) : (
          <ul className="mt-6 space-y-4">
            {proposals.map((p) => (
              <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`my-proposal-${p.code}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link href={`${base}/me/proposals/${p.code}`} className="text-lg font-semibold text-blue-800 hover:underline">
                    {p.title}
                  </Link>
                  <StateBadge state={p.state} label={p.stateLabel} testId={`state-${p.code}`} />
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <span>{p.sessionType}</span>
                  <TrackBadge track={p.track} />
                  <span>· {p.speakers.join(', ')}</span>
                </p>
                {p.state === 'ACCEPTED' ? (
                  <Link
                    href={`${base}/me/proposals/${p.code}#confirm`}
                    className="mt-3 inline-block rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-amber-400"
                    data-testid={`next-${p.code}`}
                  >
                    Confirm your session
                  </Link>
                ) : (
                  <p className="mt-2 text-sm text-slate-800" data-testid={`next-${p.code}`}>
                    {p.nextStep}
                    {p.editable && p.deadline && <> Deadline: {formatInstant(p.deadline, conference.timeZone)}.</>}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
