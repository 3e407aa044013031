import type { Metadata } from 'next';
import Link from 'next/link';
import { Markdown, TrackBadge } from '@podium/ui';
import { formatInstant } from '../../../lib/format';
import { getApi, getViewer, orNotFound } from '../../../lib/server';
import { Notice } from '../../_components/notice';
import { ConferenceHeader } from '../conference-header';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const cfp = await orNotFound((await getApi()).speaker.cfp({ slug }));
  return { title: `Call for papers · ${cfp.conference.name}` };
}

export default async function CfpPage({ params }: Props) {
  const { slug } = await params;
  const [cfp, viewer] = await Promise.all([orNotFound((await getApi()).speaker.cfp({ slug })), getViewer()]);
  const { conference } = cfp;
  const tz = conference.timeZone;
  const newPath = `/${conference.slug}/me/proposals/new`;
  return (
    <>
      <ConferenceHeader conference={conference} current="cfp" here={`/${conference.slug}/cfp`} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">Call for papers</h1>
        <div className="mt-4" data-testid="cfp-status">
          {cfp.status === 'open' && (
            <Notice tone="info">
              <strong>The call for papers is open</strong>
              {cfp.closesAt ? <> until {formatInstant(cfp.closesAt, tz)}.</> : '.'}
            </Notice>
          )}
          {cfp.status === 'not-open-yet' && (
            <Notice tone="info">
              <strong>The call for papers opens {cfp.opensAt ? `on ${formatInstant(cfp.opensAt, tz)}` : 'soon'}.</strong>
            </Notice>
          )}
          {cfp.status === 'closed' && (
            <Notice tone="warn">
              <strong>The call for papers is closed.</strong> Thank you to everyone who sent a proposal.
            </Notice>
          )}
        </div>

        {cfp.status === 'open' && (
          <div className="mt-6 flex flex-wrap items-center gap-3">
            {viewer ? (
              <Link href={newPath} className="rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white hover:bg-slate-700" data-testid="submit-proposal">
                Submit a proposal
              </Link>
            ) : (
              <>
                <Link href={`/signup?callbackUrl=${encodeURIComponent(newPath)}`} className="rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white hover:bg-slate-700" data-testid="submit-proposal">
                  Submit a proposal
                </Link>
                <span className="text-sm text-slate-600">
                  You will create a speaker account first. Have one?{' '}
                  <Link href={`/signin?callbackUrl=${encodeURIComponent(newPath)}`} className="font-medium text-blue-800 hover:underline">
                    Sign in
                  </Link>
                </span>
              </>
            )}
          </div>
        )}

        {cfp.text && (
          <section aria-label="About this call" className="mt-8">
            <Markdown text={cfp.text} />
          </section>
        )}

        {cfp.sessionTypes.length > 0 && (
          <section aria-labelledby="types" className="mt-8">
            <h2 id="types" className="text-lg font-semibold">
              Session types and deadlines
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {cfp.sessionTypes.map((t) => (
                <li key={t.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:justify-between" data-testid={`type-${t.name}`}>
                  <div>
                    <span className="font-medium">{t.name}</span> <span className="text-sm text-slate-600">· {t.durationMinutes} min</span>
                    {t.description && <p className="text-sm text-slate-600">{t.description}</p>}
                  </div>
                  <p className="text-sm text-slate-700">
                    {t.status === 'closed' ? 'Closed' : t.deadline ? `Until ${formatInstant(t.deadline, tz)}` : 'No deadline'}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}

        {cfp.tracks.length > 0 && (
          <section aria-labelledby="tracks" className="mt-8">
            <h2 id="tracks" className="text-lg font-semibold">
              Tracks
            </h2>
            <ul className="mt-3 space-y-2">
              {cfp.tracks.map((t) => (
                <li key={t.id}>
                  <TrackBadge track={t} />
                  {t.description && <span className="ml-2 text-sm text-slate-600">{t.description}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
