import Link from 'next/link';
import { formatDateKey, STATE_LABELS, SUBMISSION_STATES } from '@podium/domain';
import { forPage, getApi } from '../../lib/server';
import { TopBar } from '../top-bar';
import { ConferenceNav } from './conference-nav';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const [{ user }, overview] = await Promise.all([forPage(api.organizer.myConferences(), `/${slug}`), forPage(api.organizer.overview({ slug }), `/${slug}`)]);
  const { conference, counts, latestRelease } = overview;
  const publicUrl = process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000';
  const stat = (label: string, value: number, testId: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="overview" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">{conference.name}</h1>
        <p className="text-sm text-slate-600">
          {formatDateKey(conference.startDate)} – {formatDateKey(conference.endDate)} · {conference.location} · {conference.timeZone}
        </p>
        <dl className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          {stat('Sessions', counts.sessions, 'count-sessions')}
          {stat('Scheduled (work in progress)', counts.scheduled, 'count-scheduled')}
          {stat('Speakers', counts.speakers, 'count-speakers')}
          {stat('Rooms', counts.rooms, 'count-rooms')}
          {stat('Tracks', counts.tracks, 'count-tracks')}
          {stat('Session types', counts.sessionTypes, 'count-types')}
          {stat('Releases', counts.releases, 'count-releases')}
        </dl>
        <section className="mt-8 grid gap-6 md:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold">Sessions by state</h2>
            <table className="mt-3 w-full text-sm">
              <tbody>
                {SUBMISSION_STATES.map((s) => (
                  <tr key={s} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                      {STATE_LABELS[s]}
                    </th>
                    <td className="py-1.5 text-right tabular-nums">{counts.byState[s]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Link href={`/${slug}/sessions`} className="mt-3 inline-block text-sm font-medium text-blue-800 hover:underline">
              All sessions →
            </Link>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold">Public schedule</h2>
            {latestRelease ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="latest-release">
                Version <strong>{latestRelease.name}</strong>, released {latestRelease.releasedAt.toISOString().slice(0, 10)}.
              </p>
            ) : (
              <p className="mt-2 text-sm text-slate-700">Not released yet: the public sees no schedule.</p>
            )}
            <a href={`${publicUrl}/${slug}/schedule`} className="mt-3 inline-block text-sm font-medium text-blue-800 hover:underline">
              Open the public agenda ↗
            </a>
          </div>
        </section>
      </main>
    </>
  );
}
