import type { Metadata } from 'next';
import { cache } from 'react';
import { getApi, orNotFound } from '../../../lib/server';
import { favouritesHref } from '../../../lib/agenda-links';
import { ConferenceHeader } from '../conference-header';
import { ConferenceFooter } from '../conference-footer';
import { FavouritesView, type FavouriteDay } from './favourites-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/** The agenda, read once for the page and its metadata. */
const loadAgenda = cache(async (slug: string) => orNotFound((await getApi()).public.agenda({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const agenda = await loadAgenda(slug);
  return { title: `My favourites · ${agenda.conference.name}` };
}

/**
 * The sessions starred in this browser. The server sends the whole released program; the browser keeps the starred
 * codes (localStorage) and shows those, so no account and no cookie is needed.
 */
export default async function FavouritesPage({ params }: Props) {
  const { slug } = await params;
  const agenda = await loadAgenda(slug);
  const { conference } = agenda;
  const days: FavouriteDay[] = agenda.days
    .filter((d) => d.entries.length > 0)
    .map((d) => ({ date: d.date, label: d.label, entries: d.entries.map(({ start: _s, end: _e, ...e }) => e) }));
  return (
    <>
      <ConferenceHeader conference={conference} current="favourites" here={favouritesHref(conference.slug)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">My favourites</h1>
        <p className="mt-1 text-sm text-slate-600">
          Kept in this browser only: no account needed. All times are local to the conference: {conference.timeZone.replace('_', ' ')} ({agenda.offset}).
        </p>
        <FavouritesView slug={conference.slug} days={days} rooms={agenda.rooms.map((r) => ({ id: r.id, key: r.key, name: r.name }))} />
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
