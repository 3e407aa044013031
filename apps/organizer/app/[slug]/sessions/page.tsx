import Link from 'next/link';
import { canTransition, STATE_LABELS } from '@podium/domain';
import { TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SessionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const api = await getApi();
  const path = `/${slug}/sessions`;
  const [{ user }, { conference, sessions }] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.sessions({ slug }), path)]);
  // After a cancellation or a restore (the confirmation page redirects here): say what happened, if it did.
  const cancelled = sessions.find((s) => s.code === one(q.cancelled) && s.state === 'CANCELED');
  const restored = sessions.find((s) => s.code === one(q.restored) && s.state !== 'CANCELED');
  const actionLink = 'whitespace-nowrap rounded-md border px-2 py-1 text-xs font-medium';
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="sessions" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">Sessions</h1>
        <p className="text-sm text-slate-600">
          {sessions.length} sessions · times in {conference.timeZone}
        </p>
        {cancelled && (
          <p role="status" className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900" data-testid="sessions-notice">
            Cancelled “{cancelled.title}”. It is off the grid; the next release lists it as cancelled.
          </p>
        )}
        {restored && (
          <p role="status" className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900" data-testid="sessions-notice">
            Restored “{restored.title}”: it is accepted again and waits off the grid to be placed.
          </p>
        )}
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Title</th>
                <th scope="col" className="px-3 py-2 font-medium">Speakers</th>
                <th scope="col" className="px-3 py-2 font-medium">Track</th>
                <th scope="col" className="px-3 py-2 font-medium">Type</th>
                <th scope="col" className="px-3 py-2 font-medium">State</th>
                <th scope="col" className="px-3 py-2 font-medium">Scheduled</th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} id={`row-${s.code}`} className="border-t border-slate-100 align-top" data-testid={`row-${s.code}`}>
                  <td className="px-3 py-2 font-medium text-slate-900">{s.title}</td>
                  <td className="px-3 py-2">{s.speakers.map((p) => p.name).join(', ')}</td>
                  <td className="px-3 py-2">
                    <TrackBadge track={s.track} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {s.sessionType} · {s.durationMinutes} min
                  </td>
                  <td className="px-3 py-2">{STATE_LABELS[s.state]}</td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                    {s.slot ? (
                      <>
                        {s.slot.date} {s.slot.timeRange}
                        <br />
                        <span className="text-slate-500">{s.slot.room}</span>
                      </>
                    ) : (
                      <span className="text-slate-500">Not scheduled</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {canTransition(s.state, 'cancel', 'organizer') && (
                      <Link
                        href={`/${slug}/sessions/${encodeURIComponent(s.code)}/cancel`}
                        className={`${actionLink} border-red-300 text-red-800 hover:bg-red-50`}
                        data-testid={`cancel-${s.code}`}
                      >
                        Cancel…<span className="sr-only"> {s.title}</span>
                      </Link>
                    )}
                    {canTransition(s.state, 'restore', 'organizer') && (
                      <Link
                        href={`/${slug}/sessions/${encodeURIComponent(s.code)}/restore`}
                        className={`${actionLink} border-slate-300 text-slate-800 hover:bg-slate-100`}
                        data-testid={`restore-${s.code}`}
                      >
                        Restore…<span className="sr-only"> {s.title}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
