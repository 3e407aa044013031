import type { Metadata } from 'next';
import Link from 'next/link';
import { FavouriteStar, Markdown } from '@podium/ui';
import { getApi, orNotFound } from '../../../../lib/server';
import { ConferenceHeader } from '../../conference-header';
import { ConferenceFooter } from '../../conference-footer';
import { roomHref, speakerIcalHref } from '../../../../lib/agenda-links';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code } = await params;
  const { speaker, conference } = await orNotFound((await getApi()).public.speaker({ slug, code }));
  return { title: `${speaker.name} · ${conference.name}` };
}

export default async function SpeakerPage({ params }: Props) {
  const { slug, code } = await params;
  const { conference, speaker, sessions } = await orNotFound((await getApi()).public.speaker({ slug, code }));
  const base = `/${conference.slug}`;
  return (
    <>
      <ConferenceHeader conference={conference} here={`${base}/speakers/${speaker.code}`} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {/* Bio, photo and links as the organizers approved them (never the speaker's unapproved edits). */}
        <div className="flex items-center gap-4">
          {speaker.avatarUrl && <img src={speaker.avatarUrl} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-full border border-slate-200 object-cover" data-testid="speaker-avatar" />}
          <h1 className="text-3xl font-bold tracking-tight">{speaker.name}</h1>
        </div>
        {speaker.bio && <Markdown text={speaker.bio} className="mt-4" testId="speaker-bio" />}
        {speaker.links.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-x-4 text-sm" data-testid="speaker-links">
            {speaker.links.map((l) => (
              <li key={l}>
                <a href={l} rel="nofollow ugc noopener" className="text-blue-800 underline">
                  {l.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </a>
              </li>
            ))}
          </ul>
        )}
        <h2 className="mt-8 text-lg font-semibold">Sessions</h2>
        <ul className="mt-3 space-y-3">
          {sessions.map((s) => (
            <li key={s.code} className="flex items-start gap-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="min-w-0 flex-1">
                <Link href={`${base}/sessions/${s.code}`} className="font-semibold text-blue-800 hover:underline">
                  {s.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {s.dateLabel}, {s.timeRange} ({s.offset}) ·{' '}
                  <Link href={roomHref(conference.slug, s.room.key)} className="hover:underline">
                    {s.room.name}
                  </Link>
                </p>
              </div>
              <FavouriteStar conference={conference.slug} code={s.code} title={s.title} />
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          <a href={speakerIcalHref(conference.slug, speaker.code)} className="font-medium text-blue-800 hover:underline" data-testid="speaker-ical">
            {sessions.length === 1 ? 'Add this session to your calendar (iCal)' : 'Add these sessions to your calendar (iCal)'}
          </a>
        </p>
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
