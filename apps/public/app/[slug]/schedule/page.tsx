import type { Metadata } from 'next';
import { cache } from 'react';
import { AgendaGrid, AgendaList, DayTabs, FavouriteStar, type AgendaViewDay } from '@podium/ui';
import { formatDateKey } from '@podium/domain';
import { getApi, orNotFound } from '../../../lib/server';
import { pageNow } from '../../../lib/clock';
import { roomHref, scheduleHref, sessionHref, speakerHref, type ScheduleQuery } from '../../../lib/agenda-links';
import { ConferenceHeader } from '../conference-header';
import { ConferenceFooter } from '../conference-footer';
import { NowNext } from './now-next';
import { SearchForm } from './search-form';

export const dynamic = 'force-dynamic';

type Param = string | string[] | undefined;
type SearchParams = Record<'view' | 'day' | 'q' | 'track' | 'room' | 'type' | 'now', Param>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Partial<SearchParams>> };

const one = (v: Param) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? '';
const shortDay = (date: string) => formatDateKey(date, 'short').replace(/ \d{4}$/, '');
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The agenda for this request's URL, read once for the page and its metadata. */
const loadAgenda = cache(async (slug: string, q: string, track: string, room: string, type: string, now: string) =>
  orNotFound((await getApi()).public.agenda({ slug, filter: { q, track, room, type }, at: pageNow(now || undefined) })),
);
const agendaFor = (slug: string, sp: Partial<SearchParams>) => loadAgenda(slug, one(sp.q), one(sp.track), one(sp.room), one(sp.type), one(sp.now));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const agenda = await agendaFor((await params).slug, await searchParams);
  return { title: `Schedule · ${agenda.conference.name}` };
}

export default async function SchedulePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const sp = await searchParams;
  const viewParam = one(sp.view);
  const view = viewParam === 'list' || viewParam === 'grid' ? viewParam : undefined;
  const agenda = await agendaFor(slug, sp);
  const { conference, filter, filterActive } = agenda;
  const roomNames = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const roomKeys = new Map(agenda.rooms.map((r) => [r.id, r.key]));

  // One URL per day; "all" lists every day. A search without a chosen day looks through all of them.
  const dayKeys = agenda.days.map((d) => d.date);
  const requested = one(sp.day);
  const explicitDay = requested === 'all' || dayKeys.includes(requested) ? requested : '';
  const selected = explicitDay || (filterActive ? 'all' : (agenda.defaultDay ?? 'all'));
  const base: ScheduleQuery = { view, q: filter.q, track: filter.track, room: filter.room, type: filter.type };
  const shownDays = selected === 'all' ? agenda.days : agenda.days.filter((d) => d.date === selected);
  const matches = (d: (typeof agenda.days)[number]) => d.entries.length;
  const tabs = [
    ...agenda.days.map((d) => ({
      key: d.date,
      href: scheduleHref(slug, { ...base, day: d.date }),
      label: shortDay(d.date),
      hint: filterActive ? plural(matches(d), 'match', 'matches') : plural(matches(d), 'session'),
    })),
    { key: 'all', href: scheduleHref(slug, { ...base, day: 'all' }), label: 'All days', hint: filterActive ? `${agenda.matchingSessions} in all` : `${agenda.totalSessions} in all` },
  ];
  const nowMinute = agenda.nowNext ? Number(agenda.nowNext.time.slice(0, 2)) * 60 + Number(agenda.nowNext.time.slice(3, 5)) : null;

  const star = (e: { code: string; title: string }) => <FavouriteStar conference={conference.slug} code={e.code} title={e.title} />;
  const grid = (d: AgendaViewDay) => (
    <AgendaGrid
      day={d}
      sessionHref={(code) => sessionHref(slug, code)}
      roomHref={(id) => roomHref(slug, roomKeys.get(id) ?? id)}
      action={star}
      nowMinute={agenda.nowNext?.date === d.date ? nowMinute : null}
    />
  );
  const list = (d: AgendaViewDay) => (
    <AgendaList
      day={d}
      sessionHref={(code) => sessionHref(slug, code)}
      speakerHref={(code) => speakerHref(slug, code)}
      roomName={(id) => (id ? (roomNames.get(id) ?? '') : '')}
      roomHref={(id) => roomHref(slug, roomKeys.get(id) ?? id)}
      action={star}
    />
  );
  const otherMatches = filterActive ? agenda.days.filter((d) => d.date !== selected && matches(d) > 0) : [];
  const dayContent = (d: AgendaViewDay) => {
    if (d.entries.length === 0 && filterActive) {
      return (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700" data-testid="agenda-empty">
          <p>
            No sessions on {formatDateKey(d.date)} match {agenda.filterLabel}.
          </p>
          {selected !== 'all' && otherMatches.length > 0 && (
            <p className="mt-2">
              Matches on{' '}
              {otherMatches.map((o, i) => (
                <span key={o.date}>
                  {i > 0 && ', '}
                  <a href={scheduleHref(slug, { ...base, day: o.date })} className="font-medium text-blue-800 hover:underline">
                    {shortDay(o.date)} ({matches(o)})
                  </a>
                </span>
              ))}
              .
            </p>
          )}
        </div>
      );
    }
    if (view === 'grid') return grid(d);
    if (view === 'list') return list(d);
    // No view chosen: the list on a phone, the grid from tablet width up (CSS only, so it works without JavaScript).
    return (
      <>
        <div className="md:hidden">{list(d)}</div>
        <div className="hidden md:block">{grid(d)}</div>
      </>
    );
  };

  const viewLink = (v: 'grid' | 'list', text: string) => {
    const current = view === v;
    // Without a chosen view the page shows the list on small screens and the grid on wide ones; highlight to match.
    const auto = view ? '' : v === 'grid' ? 'md:bg-slate-900 md:text-white' : 'max-md:bg-slate-900 max-md:text-white';
    return (
      <a
        href={scheduleHref(slug, { ...base, view: v, day: explicitDay || undefined })}
        aria-current={current ? 'page' : undefined}
        className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-slate-900 text-white' : `text-slate-800 hover:bg-slate-200 ${auto}`}`}
      >
        {text}
      </a>
    );
  };

  const here = scheduleHref(slug, { ...base, day: explicitDay || undefined });
  return (
    <>
      <ConferenceHeader conference={conference} current="schedule" here={here} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Schedule</h1>
            <p className="text-sm text-slate-600">
              {agenda.release ? `Version ${agenda.release.name}. ` : ''}
              All times are local to the conference: {conference.timeZone.replace('_', ' ')} ({agenda.offset}).
            </p>
          </div>
          {agenda.release && (
            <div className="flex gap-1 rounded-lg bg-slate-100 p-1" role="group" aria-label="View">
              {viewLink('grid', 'Grid')}
              {viewLink('list', 'List')}
            </div>
          )}
        </div>
        {!agenda.release ? (
          <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">The schedule has not been published yet.</p>
        ) : (
          <>
            {agenda.nowNext && (
              <div className="mt-6">
                <NowNext slug={slug} data={agenda.nowNext} offset={agenda.offset} />
              </div>
            )}
            <div className="mt-6">
              <SearchForm
                slug={slug}
                filter={filter}
                options={{ tracks: agenda.tracks, rooms: agenda.filterRooms, sessionTypes: agenda.sessionTypes }}
                keep={{ view, day: explicitDay || undefined }}
              />
            </div>
            {requested && !explicitDay && (
              <p className="mt-3 text-sm text-slate-700" role="status">
                This schedule has no day “{requested}”: showing {selected === 'all' ? 'all days' : formatDateKey(selected)}.
              </p>
            )}
            {filterActive && (
              <p className="mt-3 text-sm text-slate-700" data-testid="agenda-summary">
                {agenda.matchingSessions === 0
                  ? `No session matches ${agenda.filterLabel}.`
                  : `${plural(agenda.matchingSessions, 'session')} of ${agenda.totalSessions} ${agenda.matchingSessions === 1 ? 'matches' : 'match'} ${agenda.filterLabel}.`}{' '}
                <a href={scheduleHref(slug, { view, day: explicitDay || undefined })} className="font-medium text-blue-800 hover:underline">
                  Show all sessions
                </a>
              </p>
            )}
            <nav aria-label="Days" className="mt-6">
              <DayTabs tabs={tabs} selected={selected} panelId="agenda-panel" label="Days" />
            </nav>
            <section id="agenda-panel" role="tabpanel" aria-labelledby={`tab-${selected}`} className="mt-4" data-testid="agenda-panel">
              {filterActive && agenda.matchingSessions === 0 ? (
                <div className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700" data-testid="agenda-empty">
                  <p className="font-medium">No sessions match {agenda.filterLabel}.</p>
                  <p className="mt-1 text-sm">Try fewer or other words, or another track, room or type.</p>
                </div>
              ) : (
                shownDays.map((d) => (
                  <div key={d.date} className="mb-8" data-testid={`day-${d.date}`}>
                    <h2 className="mb-3 text-lg font-semibold">{d.label}</h2>
                    {selected === 'all' && filterActive && d.entries.length === 0 ? (
                      <p className="text-sm text-slate-600">No matches on this day.</p>
                    ) : (
                      dayContent(d)
                    )}
                  </div>
                ))
              )}
            </section>
          </>
        )}
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
