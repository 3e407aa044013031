import type { Agenda } from '@podium/api';
import { roomHref, sessionHref } from '../../../lib/agenda-links';

type NowNextData = NonNullable<Agenda['nowNext']>;
type Brief = NowNextData['rooms'][number]['current'][number];

/** While the conference runs: per room, what is on now and what starts next today. Computed on the server. */
export function NowNext({ slug, data, offset }: { slug: string; data: NowNextData; offset: string }) {
  const talk = (s: Brief) => (
    <>
      <a href={sessionHref(slug, s.code)} className="font-semibold text-slate-900 hover:underline">
        {s.title}
      </a>
      {s.speakers.length > 0 && <span className="text-slate-600"> · {s.speakers.map((p) => p.name).join(', ')}</span>}
    </>
  );
  return (
    <section aria-labelledby="now-next-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="now-next">
      <h2 id="now-next-title" className="text-lg font-semibold">
        Now and next <span className="text-sm font-normal text-slate-700">· it is {data.time} ({offset})</span>
      </h2>
      {data.rooms.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No more sessions today.</p>
      ) : (
        <ul className="mt-3 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {data.rooms.map((r) => (
            <li key={r.room.id} className="rounded-md border border-amber-200 bg-white p-3 text-sm" data-testid={`now-next-${r.room.key}`}>
              <a href={roomHref(slug, r.room.key)} className="font-semibold text-blue-800 hover:underline">
                {r.room.name}
              </a>
              {r.current.map((s) => (
                <p key={s.code} className="mt-1">
                  <span className="mr-1 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold uppercase text-white">Now</span>
                  {talk(s)} <span className="whitespace-nowrap text-slate-600">until {s.localEnd}</span>
                </p>
              ))}
              {r.next && (
                <p className="mt-1">
                  <span className="mr-1 rounded bg-slate-700 px-1.5 py-0.5 text-xs font-semibold uppercase text-white">Next</span>
                  <span className="tabular-nums text-slate-700">{r.next.localStart}</span> {talk(r.next)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
