import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getApi, getViewer, orNotFound } from '../../../../../lib/server';
import { Notice } from '../../../../_components/notice';
import { ConferenceHeader } from '../../../conference-header';
import { ProposalForm } from '../proposal-form';
import { ProfileGaps } from '../profile-gaps';
import { proposalQuestionViews } from '../questions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New proposal' };

export default async function NewProposalPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const here = `/${slug}/me/proposals/new`;
  if (!(await getViewer())) redirect(`/signin?callbackUrl=${encodeURIComponent(here)}`);
  const api = await getApi();
  const [cfp, profile] = await Promise.all([orNotFound(api.speaker.cfp({ slug })), orNotFound(api.speaker.profile({ slug }))]);
  const { conference } = cfp;
  const openTypes = cfp.sessionTypes.filter((t) => t.status === 'open');
  return (
    <>
      <ConferenceHeader conference={conference} current="me" here={here} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={`/${conference.slug}/me`} className="text-blue-800 hover:underline">
            ← Your proposals
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">New proposal</h1>
        {cfp.status !== 'open' || openTypes.length === 0 ? (
          <div className="mt-6">
            <Notice tone="warn" testId="cfp-closed">
              {cfp.status === 'not-open-yet' ? 'The call for papers is not open yet.' : 'The call for papers is closed: new proposals are no longer accepted.'}
            </Notice>
          </div>
        ) : (
          <>
            <ProfileGaps slug={conference.slug} profile={profile} />
            <p className="mt-2 text-sm text-slate-600">
              Save a draft at any time and come back to it; submit when it is complete. Fields marked * are needed to submit.
            </p>
            <div className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
              <ProposalForm
                slug={conference.slug}
                code={null}
                mode="new"
                initial={{ title: '', abstract: '', description: '', notes: '', sessionTypeId: openTypes.length === 1 ? openTypes[0]!.id : '', trackId: '', answers: {} }}
                sessionTypes={openTypes.map((t) => ({ value: t.id, label: `${t.name} (${t.durationMinutes} min)` }))}
                tracks={cfp.tracks.map((t) => ({ value: t.id, label: t.name }))}
                questions={proposalQuestionViews(cfp)}
              />
            </div>
          </>
        )}
      </main>
    </>
  );
}
