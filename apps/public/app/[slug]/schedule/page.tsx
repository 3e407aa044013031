import type { Metadata } from 'next';
import Link from 'next/link';
import { AgendaGrid, AgendaList } from '@podium/ui';
import { getApi, orNotFound } from '../../../lib/server';
import { ConferenceHeader } from '../conference-header';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ view?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const agenda = await orNotFound((await getApi()).public.agenda({ slug }));
  return { title: `Schedule · ${agenda.conference.name}` };
}

export default async function SchedulePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const view = (await searchParams).view === 'list' ? 'list' : 'grid';
  const agenda = await orNotFound((await getApi()).public.agenda({ slug }));
  const { conference } = agenda;
  const base = `/${conference.slug}`;
  const roomNames = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const tab = (v: 'grid' | 'list', text: string) => (
    <Link
      href={v === 'grid' ? `${base}/schedule` : `${base}/schedule?view=list`}
      aria-current={view === v ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === v ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
    >
      {text}
    </Link>
  );
  return (
    <>
      <ConferenceHeader conference={conference} current="schedule" here={`${base}/schedule`} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Schedule</h1>
            <p className="text-sm text-slate-600">
              {agenda.release ? `Version ${agenda.release.name}. ` : ''}
              All times are local to the conference: {conference.timeZone.replace('_', ' ')} ({agenda.offset}).
            </p>
          </div>
          <div className="flex gap-1 rounded-lg bg-slate-100 p-1" role="group" aria-label="View">
            {tab('grid', 'Grid')}
            {tab('list', 'List')}
          </div>
        </div>
        {!agenda.release ? (
          <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">The schedule has not been published yet.</p>
        ) : (
          <>
            <nav aria-label="Days" className="mt-6 flex flex-wrap gap-2">
              {agenda.days.map((d) => (
                <a key={d.date} href={`#day-${d.date}`} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">
                  {d.label}
                </a>
              ))}
            </nav>
            {agenda.days.map((d) => (
              <section key={d.date} id={`day-${d.date}`} aria-labelledby={`day-${d.date}-title`} className="mt-8 scroll-mt-4" data-testid={`day-${d.date}`}>
                <h2 id={`day-${d.date}-title`} className="mb-3 text-lg font-semibold">
                  {d.label}
                </h2>
                {view === 'grid' ? (
                  <AgendaGrid day={d} sessionHref={(code) => `${base}/sessions/${code}`} />
                ) : (
                  <AgendaList
                    day={d}
                    sessionHref={(code) => `${base}/sessions/${code}`}
                    speakerHref={(code) => `${base}/speakers/${code}`}
                    roomName={(id) => (id ? (roomNames.get(id) ?? '') : '')}
                  />
                )}
              </section>
            ))}
          </>
        )}
      </main>
    </>
  );
}
