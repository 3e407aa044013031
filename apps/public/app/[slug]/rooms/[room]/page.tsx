import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { AgendaList, FavouriteStar } from '@podium/ui';
import { getApi, orNotFound } from '../../../../lib/server';
import { roomHref, scheduleHref, sessionHref, speakerHref } from '../../../../lib/agenda-links';
import { ConferenceHeader } from '../../conference-header';
import { ConferenceFooter } from '../../conference-footer';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; room: string }> };

/** The room key from the URL, decoded once (a stray "%" stays as it is); a key no room can have is a 404. */
function decodeKey(raw: string): string {
  let key = raw;
  try {
    key = decodeURIComponent(raw);
  } catch {
    // Keep it raw: it names no room and the API answers NOT_FOUND.
  }
  if (!key.trim() || key.length > 200) notFound();
  return key;
}

/** The room's page data, read once for the page and its metadata. */
const loadRoom = cache(async (slug: string, key: string) => orNotFound((await getApi()).public.room({ slug, room: key })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, room } = await params;
  const data = await loadRoom(slug, decodeKey(room));
  return { title: `${data.room.name} · ${data.conference.name}` };
}

/** A room's sessions in the published schedule, day by day. Reached by its slug; its id redirects to the slug. */
export default async function RoomPage({ params }: Props) {
  const { slug, room: key } = await params;
  const { conference, room, days, offset } = await loadRoom(slug, decodeKey(key));
  if (decodeKey(key) !== room.key) permanentRedirect(roomHref(conference.slug, room.key));
  const count = days.reduce((n, d) => n + d.entries.length, 0);
  return (
    <>
      <ConferenceHeader conference={conference} here={roomHref(conference.slug, room.key)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={scheduleHref(conference.slug, { room: room.key })} className="text-blue-800 hover:underline">
            ← Schedule
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{room.name}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="room-summary">
          {count === 1 ? '1 session' : `${count} sessions`}
          {room.capacity ? ` · ${room.capacity} seats` : ''} · times in {conference.timeZone.replace('_', ' ')} ({offset})
        </p>
        {room.description && <p className="mt-4 whitespace-pre-line text-slate-800">{room.description}</p>}
        <nav aria-label="Days in this room" className="mt-6 flex flex-wrap gap-2">
          {days.map((d) => (
            <a key={d.date} href={`#day-${d.date}`} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">
              {d.label}
            </a>
          ))}
        </nav>
        {days.map((d) => (
          <section key={d.date} id={`day-${d.date}`} aria-labelledby={`day-${d.date}-title`} className="mt-8 scroll-mt-4" data-testid={`room-day-${d.date}`}>
            <h2 id={`day-${d.date}-title`} className="mb-3 text-lg font-semibold">
              {d.label}
            </h2>
            <AgendaList
              day={d}
              sessionHref={(code) => sessionHref(conference.slug, code)}
              speakerHref={(code) => speakerHref(conference.slug, code)}
              roomName={() => room.name}
              action={(e) => <FavouriteStar conference={conference.slug} code={e.code} title={e.title} />}
            />
          </section>
        ))}
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
