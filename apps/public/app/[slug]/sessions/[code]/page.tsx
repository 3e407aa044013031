import type { Metadata } from 'next';
import Link from 'next/link';
import { FavouriteStar, Markdown, TrackBadge } from '@podium/ui';
import { getApi, orNotFound } from '../../../../lib/server';
import { ConferenceHeader } from '../../conference-header';
import { ConferenceFooter } from '../../conference-footer';
import { roomHref, scheduleHref, sessionIcalHref } from '../../../../lib/agenda-links';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code } = await params;
  const { session, conference } = await orNotFound((await getApi()).public.session({ slug, code }));
  return { title: `${session.title} · ${conference.name}`, description: session.abstract.slice(0, 200) };
}

export default async function SessionPage({ params }: Props) {
  const { slug, code } = await params;
  const { conference, session } = await orNotFound((await getApi()).public.session({ slug, code }));
  const base = `/${conference.slug}`;
  return (
    <>
      <ConferenceHeader conference={conference} here={`${base}/sessions/${session.code}`} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={scheduleHref(conference.slug, { day: session.date })} className="text-blue-800 hover:underline">
            ← {session.dateLabel}
          </Link>
        </p>
        <div className="mt-2 flex items-start justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{session.title}</h1>
          <FavouriteStar conference={conference.slug} code={session.code} title={session.title} className="mt-1" />
        </div>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-500">When</dt>
          <dd data-testid="session-when">
            {session.dateLabel}, <time dateTime={session.start.toISOString()}>{session.timeRange}</time>{' '}
            <span className="text-slate-600">({session.offset})</span>
          </dd>
          <dt className="font-medium text-slate-500">Room</dt>
          <dd>
            <Link href={roomHref(conference.slug, session.room.key)} className="text-blue-800 hover:underline">
              {session.room.name}
            </Link>
          </dd>
          <dt className="font-medium text-slate-500">Type</dt>
          <dd>{session.sessionType}</dd>
          {session.track && (
            <>
              <dt className="font-medium text-slate-500">Track</dt>
              <dd>
                <TrackBadge track={session.track} />
              </dd>
            </>
          )}
        </dl>
        <p className="mt-4 text-sm">
          <a href={sessionIcalHref(conference.slug, session.code)} className="font-medium text-blue-800 hover:underline" data-testid="session-ical">
            Add to calendar (iCal)
          </a>
        </p>
        <section aria-labelledby="abstract" className="mt-6">
          <h2 id="abstract" className="sr-only">
            Abstract
          </h2>
          <p className="whitespace-pre-line text-lg leading-relaxed text-slate-800">{session.abstract}</p>
          {session.description && <p className="mt-4 whitespace-pre-line leading-relaxed text-slate-700">{session.description}</p>}
        </section>
        <section aria-labelledby="speakers" className="mt-8">
          <h2 id="speakers" className="text-lg font-semibold">
            {session.speakers.length === 1 ? 'Speaker' : 'Speakers'}
          </h2>
          <ul className="mt-3 space-y-4">
            {session.speakers.map((s) => (
              <li key={s.code} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
                {s.avatarUrl && <img src={s.avatarUrl} alt="" width={48} height={48} className="h-12 w-12 shrink-0 rounded-full object-cover" />}
                <div className="min-w-0">
                  <Link href={`${base}/speakers/${s.code}`} className="font-semibold text-blue-800 hover:underline">
                    {s.name}
                  </Link>
                  {/* The approved bio only. */}
                  {s.bio && <Markdown text={s.bio} className="mt-1 text-sm" />}
                </div>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
