import Link from 'next/link';
import type { Metadata } from 'next';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';
import { SpeakerCard } from './speaker-review';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Speakers' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SpeakersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const filter = one(q.filter) === 'pending' ? 'pending' : 'all';
  const path = `/${slug}/speakers`;
  const here = filter === 'pending' ? `${path}?filter=pending` : path;
  const api = await getApi();
  const [{ user }, list] = await Promise.all([forPage(api.organizer.myConferences(), here), forPage(api.speakers.list({ slug, filter }), here)]);
  const approvedCode = one(q.approved);
  const approved = approvedCode ? await api.speakers.get({ slug, code: approvedCode }).catch(() => null) : null;
  const publicUrl = process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000';
  const tab = (key: 'all' | 'pending', href: string, label: string, n: number) => (
    <Link
      href={href}
      aria-current={filter === key ? 'page' : undefined}
      data-testid={`filter-${key}`}
      className={`border-b-2 px-3 py-2 text-sm font-medium ${filter === key ? 'border-slate-900 text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
    >
      {label}{' '}
      <span className={`ml-1 rounded-full px-1.5 text-xs tabular-nums ${key === 'pending' && n ? 'bg-amber-100 text-amber-900' : 'bg-slate-200 text-slate-700'}`}>{n}</span>
    </Link>
  );

  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={list.conference.name} current="speakers" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">Speakers</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Speakers’ bios, photos and links go public only once an organizer approves them; until then the program shows the last approved version. Your own
          edits (Edit) are published at once.
        </p>
        {approved && (
          <p role="status" className="mt-4 rounded-lg border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-900" data-testid="speakers-notice">
            Approved: the program now shows {approved.speaker.name}’s new version.
          </p>
        )}
        <nav aria-label="Speakers by approval" className="mt-6 flex flex-wrap border-b border-slate-200">
          {tab('all', path, 'All speakers', list.counts.all)}
          {tab('pending', `${path}?filter=pending`, 'Pending approval', list.counts.pending)}
        </nav>
        {list.speakers.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="speakers-empty">
            {filter === 'pending' ? 'Nothing waits for approval: every speaker’s bio, photo and links are public as they wrote them.' : 'No speakers yet: speakers appear here once they submit a proposal.'}
          </p>
        ) : (
          <div className="mt-6 space-y-4">
            {list.speakers.map((s) => (
              <SpeakerCard key={s.code} slug={slug} review={s} timeZone={list.conference.timeZone} publicUrl={publicUrl} back={here} />
            ))}
          </div>
        )}
        <p className="mt-4 text-xs text-slate-500">Times in {list.conference.timeZone}.</p>
      </main>
    </>
  );
}
