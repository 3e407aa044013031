import Link from 'next/link';
import { forPage, getApi } from '../../../../lib/server';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';
import * as act from './actions';
import { AvailabilityForm, ButtonForm, DaysForm, RoomForm } from './forms';

export const dynamic = 'force-dynamic';

export default async function RoomsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/schedule/rooms`;
  const [{ user }, overview, data] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.overview({ slug }), path), forPage(api.schedule.rooms.list({ slug }), path)]);
  const dates = data.days.map((d) => d.date);
  // Availability windows outside the conference days stay as they are (they are not shown here).
  const windowsByRoom = new Map(data.rooms.map((r) => [r.id, r.availability.filter((w) => dates.includes(w.date))]));
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={overview.conference.name} current="schedule" />
      </TopBar>
      <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold tracking-tight">Rooms and days</h1>
          <Link href={`/${slug}/schedule`} className="text-sm font-medium text-blue-800 hover:underline">
            ← Schedule editor
          </Link>
        </div>
        <section aria-labelledby="days" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="days" className="text-lg font-semibold">Conference days</h2>
          <p className="mt-1 text-sm text-slate-600">The hours sessions can be scheduled in, local time ({data.timeZone}). Sessions outside get a conflict.</p>
          <div className="mt-4">
            <DaysForm action={act.saveDays.bind(null, slug, dates)} days={data.days} />
          </div>
        </section>
        <section aria-labelledby="rooms" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="rooms" className="text-lg font-semibold">Rooms</h2>
          <p className="mt-1 text-sm text-slate-600">In the grid's column order. Seats are checked against a session's expected audience.</p>
          <ol className="mt-3 divide-y divide-slate-100" data-testid="rooms">
            {data.rooms.map((r, i) => (
              <li key={r.id} className="py-3" data-testid={`room-${r.name}`}>
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{r.name}</span>{' '}
                    <span className="text-sm text-slate-600">
                      · {r.capacity === null ? 'seats unknown' : `${r.capacity} seats`} ·{' '}
                      {r.availability.length ? `available ${r.availability.map((w) => `${w.date} ${w.start}–${w.end}`).join(', ')}` : 'available all days'} · {r.slots} slot(s)
                    </span>
                  </summary>
                  <div className="mt-3 space-y-4 pl-4">
                    <RoomForm action={act.saveRoom.bind(null, slug, r.id)} initial={r} submitLabel="Save" />
                    <AvailabilityForm action={act.saveAvailability.bind(null, slug, r.id, dates)} days={data.days} windows={windowsByRoom.get(r.id) ?? []} />
                    <div className="flex flex-wrap gap-2">
                      {i > 0 && <ButtonForm action={act.moveRoom.bind(null, slug, r.id, 'up')} label="Move left" />}
                      {i < data.rooms.length - 1 && <ButtonForm action={act.moveRoom.bind(null, slug, r.id, 'down')} label="Move right" />}
                      <ButtonForm action={act.deleteRoom.bind(null, slug, r.id)} label={`Delete ${r.name}`} tone="danger" />
                    </div>
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">Add a room</h3>
          <div className="mt-2">
            <RoomForm action={act.saveRoom.bind(null, slug, undefined)} submitLabel="Add room" />
          </div>
        </section>
      </main>
    </>
  );
}
