'use client';

import { AgendaList, FavouriteStar, useFavourites, writeFavourites, type AgendaCardEntry } from '@podium/ui';
import { favouritesIcalHref, roomHref, scheduleHref, sessionHref, speakerHref } from '../../../lib/agenda-links';

export interface FavouriteDay {
  date: string;
  label: string;
  entries: AgendaCardEntry[];
}

/** The starred sessions of the released program, by day, with their iCal; a note while JavaScript is off. */
export function FavouritesView({ slug, days, rooms }: { slug: string; days: FavouriteDay[]; rooms: { id: string; key: string; name: string }[] }) {
  const favourites = useFavourites(slug);
  if (favourites === null) {
    return (
      <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700" data-testid="favourites-nojs">
        Favourites are kept by your browser and need JavaScript. Turn it on to star sessions in the{' '}
        <a href={scheduleHref(slug)} className="font-medium text-blue-800 hover:underline">
          schedule
        </a>{' '}
        and find them here.
      </p>
    );
  }
  const starred = new Set(favourites);
  const shown = days.map((d) => ({ ...d, entries: d.entries.filter((e) => starred.has(e.code)) })).filter((d) => d.entries.length > 0);
  const codes = shown.flatMap((d) => d.entries.map((e) => e.code));
  const gone = favourites.filter((c) => !days.some((d) => d.entries.some((e) => e.code === c)));
  const room = new Map(rooms.map((r) => [r.id, r]));
  if (codes.length === 0) {
    return (
      <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700" data-testid="favourites-empty">
        <p className="font-medium">No favourites yet.</p>
        <p className="mt-1 text-sm">
          Star sessions in the{' '}
          <a href={scheduleHref(slug)} className="font-medium text-blue-800 hover:underline">
            schedule
          </a>{' '}
          with the ☆ button and they are listed here.
        </p>
        {gone.length > 0 && <GoneNote slug={slug} gone={gone} keep={[]} />}
      </div>
    );
  }
  return (
    <div className="mt-6" data-testid="favourites-list">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <span className="font-medium" role="status">
          {codes.length === 1 ? '1 session starred' : `${codes.length} sessions starred`}
        </span>
        <a href={favouritesIcalHref(slug, codes)} className="font-medium text-blue-800 hover:underline" data-testid="favourites-ical">
          Add them to your calendar (iCal)
        </a>
      </div>
      {gone.length > 0 && <GoneNote slug={slug} gone={gone} keep={favourites.filter((c) => !gone.includes(c))} />}
      {shown.map((d) => (
        <section key={d.date} aria-labelledby={`fav-${d.date}`} className="mt-6" data-testid={`favourites-day-${d.date}`}>
          <h2 id={`fav-${d.date}`} className="mb-3 text-lg font-semibold">
            {d.label}
          </h2>
          <AgendaList
            day={d}
            sessionHref={(code) => sessionHref(slug, code)}
            speakerHref={(code) => speakerHref(slug, code)}
            roomName={(id) => (id ? (room.get(id)?.name ?? '') : '')}
            roomHref={(id) => roomHref(slug, room.get(id)?.key ?? id)}
            action={(e) => <FavouriteStar conference={slug} code={e.code} title={e.title} />}
          />
        </section>
      ))}
    </div>
  );
}

/** Starred codes that the current release no longer has (a session was cancelled or renamed). */
function GoneNote({ slug, gone, keep }: { slug: string; gone: string[]; keep: string[] }) {
  return (
    <p className="mt-3 text-sm text-slate-700" data-testid="favourites-gone">
      {gone.length === 1 ? 'One starred session is' : `${gone.length} starred sessions are`} no longer in the schedule.{' '}
      <button type="button" onClick={() => writeFavourites(slug, keep)} className="font-medium text-blue-800 underline-offset-2 hover:underline">
        Forget {gone.length === 1 ? 'it' : 'them'}
      </button>
    </p>
  );
}
