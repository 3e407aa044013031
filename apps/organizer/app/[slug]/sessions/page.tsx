import { STATE_LABELS } from '@podium/domain';
import { TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';

export const dynamic = 'force-dynamic';

export default async function SessionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/sessions`;
  const [{ user }, { conference, sessions }] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.sessions({ slug }), path)]);
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
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-t border-slate-100 align-top" data-testid={`row-${s.code}`}>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
