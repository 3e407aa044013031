import Link from 'next/link';
import type { Metadata } from 'next';
import { ActionForm, TextArea } from '@podium/ui';
import { forPage, getApi } from '../../../../lib/server';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';
import { saveSpeakerBio } from '../actions';
import { ApproveForm, BioStateBadge, Comparison, isWaiting, when } from '../speaker-review';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Speaker' };

export default async function SpeakerPage({ params, searchParams }: { params: Promise<{ slug: string; code: string }>; searchParams: Promise<{ saved?: string; approved?: string }> }) {
  const { slug, code } = await params;
  const q = await searchParams;
  const path = `/${slug}/speakers/${encodeURIComponent(code)}`;
  const api = await getApi();
  const [{ user }, { conference, speaker }] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.speakers.get({ slug, code }), path)]);
  const waiting = isWaiting(speaker.state);
  const publicUrl = process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000';
  const tz = conference.timeZone;
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="speakers" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <p className="text-sm">
          <Link href={`/${slug}/speakers`} className="text-blue-800 hover:underline">
            ← All speakers
          </Link>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{speaker.name}</h1>
          <BioStateBadge state={speaker.state} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {speaker.email}
          {speaker.inPublicSchedule && (
            <>
              {' · '}
              <a href={`${publicUrl}/${slug}/speakers/${speaker.code}`} className="text-blue-800 hover:underline">
                public page ↗
              </a>
            </>
          )}
          {speaker.approvedAt && speaker.state !== 'NOT_APPROVED' && (
            <>
              {' · '}last approved {when(speaker.approvedAt, tz)}
              {speaker.approvedBy ? ` by ${speaker.approvedBy}` : ''}
            </>
          )}
        </p>
        {(q.saved || q.approved) && (
          <p role="status" className="mt-4 rounded-lg border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-900" data-testid="speakers-notice">
            {q.saved ? 'Saved and published: the program shows this bio now.' : 'Approved: the program now shows this version.'}
          </p>
        )}

        {waiting ? (
          <section aria-labelledby="review-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <h2 id="review-title" className="text-lg font-semibold">
                Waiting for approval
              </h2>
              <ApproveForm slug={slug} review={speaker} back={path} />
            </div>
            <div className="mt-3">
              <Comparison slug={slug} review={speaker} timeZone={tz} />
            </div>
          </section>
        ) : (
          <p className="mt-6 text-sm text-slate-700">
            {speaker.state === 'PUBLISHED' ? 'Nothing waits for approval: the program shows this speaker’s bio, photo and links as they are.' : 'This speaker has no bio, photo or links yet.'}
          </p>
        )}

        <section id="edit" aria-labelledby="edit-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="edit-title" className="text-lg font-semibold">
            Edit bio and links
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Your edit is published at once, without approval{waiting ? ', and replaces the speaker’s waiting bio and links (a new photo keeps waiting)' : ''}. The speaker
            sees it in their profile.
          </p>
          <div className="mt-4">
            <ActionForm action={saveSpeakerBio} submitLabel="Save and publish" testId="speaker-edit-form">
              <input type="hidden" name="slug" value={slug} />
              <input type="hidden" name="code" value={speaker.code} />
              <input type="hidden" name="expectedChangedAt" value={speaker.changedAt?.toISOString() ?? ''} />
              <TextArea name="bio" label="Bio" initial={speaker.working.bio} rows={8} hint="Markdown: **bold**, *italic*, [a link](https://example.org), lists. No HTML. At most 5,000 characters." />
              <TextArea name="links" label="Links" initial={speaker.working.links.join('\n')} rows={3} hint="One web address per line (https://…)." />
            </ActionForm>
          </div>
        </section>
      </main>
    </>
  );
}
