import type { Metadata } from 'next';
import Link from 'next/link';
import { Markdown } from '@podium/ui';
import { getApi, orNotFound } from '../../../../lib/server';
import { ConferenceHeader } from '../../conference-header';

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
        <h1 className="text-3xl font-bold tracking-tight">{speaker.name}</h1>
        {speaker.bio && <Markdown text={speaker.bio} className="mt-4" />}
        <h2 className="mt-8 text-lg font-semibold">Sessions</h2>
        <ul className="mt-3 space-y-3">
          {sessions.map((s) => (
            <li key={s.code} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`${base}/sessions/${s.code}`} className="font-semibold text-blue-800 hover:underline">
                {s.title}
              </Link>
              <p className="text-sm text-slate-600">
                {s.dateLabel}, {s.timeRange} ({s.offset}) · {s.room.name}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
