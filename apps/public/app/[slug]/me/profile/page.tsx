import type { Metadata } from 'next';
import Link from 'next/link';
import { AVATAR_MESSAGES, AVATAR_TYPES, type AvatarProblem } from '@podium/domain';
import { Markdown } from '@podium/ui';
import { forSpeakerPage, getApi } from '../../../../lib/server';
import { Notice } from '../../../_components/notice';
import { ConferenceHeader } from '../../conference-header';
import { ProfileForm } from './profile-form';
import { LinkList, Publication } from './publication';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your speaker profile' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string; avatar?: string }> };

export default async function ProfilePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { saved, avatar: avatarOutcome } = await searchParams;
  const here = `/${slug}/me/profile`;
  const profile = await forSpeakerPage((await getApi()).speaker.profile({ slug }), here);
  const { conference } = profile;
  const avatarError = avatarOutcome && avatarOutcome in AVATAR_MESSAGES ? AVATAR_MESSAGES[avatarOutcome as AvatarProblem] : null;
  const { publication } = profile;
  const waiting = publication.state === 'PENDING' || publication.state === 'NOT_APPROVED';
  const photoWaiting = publication.changes.includes('photo');
  const availability = profile.collectAvailability
    ? profile.days.map((d) => ({ ...d, windows: profile.availability.filter((w) => w.date === d.date).map(({ start, end }) => ({ start, end })) }))
    : null;
  return (
    <>
      <ConferenceHeader conference={conference} current="me" here={here} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={`/${conference.slug}/me`} className="text-blue-800 hover:underline">
            ← Your proposals
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Your speaker profile</h1>
        <p className="mt-1 text-sm text-slate-600">Shown in the program with your sessions once they are published, after the organizers approve it.</p>
        {saved === 'profile' && (
          <div className="mt-4">
            <Notice>Profile saved.</Notice>
          </div>
        )}

        <Publication
          name={profile.name}
          timeZone={conference.timeZone}
          publication={publication}
          working={{ bio: profile.bio, links: profile.links, avatar: profile.avatar }}
        />

        <section id="avatar" aria-labelledby="avatar-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="avatar-title" className="text-lg font-semibold">
            Photo
          </h2>
          <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
            {profile.avatar ? (
              <div className="shrink-0 text-center">
                <img src={profile.avatar.url} alt={`Photo of ${profile.name}`} width={96} height={96} className="h-24 w-24 rounded-full border border-slate-200 object-cover" data-testid="avatar" />
                {photoWaiting && (
                  <p className="mt-1 text-xs font-medium text-amber-800" data-testid="photo-waiting">
                    Waiting for approval
                  </p>
                )}
                {photoWaiting && publication.approved.avatar && (
                  <p className="mt-2 flex items-center justify-center gap-1 text-xs text-slate-600">
                    Public now:
                    <img src={publication.approved.avatar.url} alt="Your public photo" width={24} height={24} className="h-6 w-6 rounded-full object-cover" data-testid="public-avatar" />
                  </p>
                )}
              </div>
            ) : (
              <div aria-hidden="true" className="flex h-24 w-24 items-center justify-center rounded-full bg-slate-200 text-3xl font-semibold text-slate-500">
                {profile.name.charAt(0).toUpperCase()}
              </div>
            )}
            <form action="/api/avatar" method="post" encType="multipart/form-data" className="flex-1 space-y-3" data-testid="avatar-form">
              <input type="hidden" name="slug" value={conference.slug} />
              <div>
                <label htmlFor="avatar-file" className="block text-sm font-medium text-slate-800">
                  {profile.avatar ? 'Replace your photo' : 'Upload a photo'}
                </label>
                <input
                  id="avatar-file"
                  name="avatar"
                  type="file"
                  accept={AVATAR_TYPES.join(',')}
                  aria-invalid={!!avatarError}
                  aria-describedby={`avatar-hint${avatarError ? ' avatar-error' : ''}`}
                  className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium"
                />
                <p id="avatar-hint" className="mt-1 text-xs text-slate-600">
                  PNG, JPEG, GIF or WebP, at most 2 MB. A square picture looks best.
                </p>
                {avatarError && (
                  <p id="avatar-error" className="mt-1 text-sm font-medium text-red-700" data-testid="error-avatar">
                    {avatarError}
                  </p>
                )}
                {avatarOutcome === 'saved' && (
                  <p role="status" className="mt-1 text-sm font-medium text-emerald-800" data-testid="avatar-saved">
                    Photo saved.
                  </p>
                )}
              </div>
              <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100" data-testid="upload-avatar">
                Upload photo
              </button>
            </form>
          </div>
        </section>

        <section aria-label="Profile" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <ProfileForm
            key={profile.updatedAt?.getTime() ?? 'new'}
            slug={conference.slug}
            initial={{ name: profile.name, bio: profile.bio, links: profile.links, answers: profile.answers }}
            questions={profile.questions.map((q) => ({ id: q.id, kind: q.kind, label: q.label, helpText: q.helpText, required: q.required, options: q.options }))}
            availability={availability}
            timeZone={conference.timeZone}
          />
        </section>

        {/* While a version waits, it is shown beside the public one at the top. */}
        {profile.bio && !waiting && (
          <section aria-labelledby="preview-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="preview-title" className="text-lg font-semibold">
              How the program shows you
            </h2>
            <div className="mt-3 flex gap-4">
              {profile.avatar && (
                  <img src={profile.avatar.url} alt="" width={48} height={48} className="h-12 w-12 shrink-0 rounded-full object-cover" />
              )}
              <div>
                <p className="font-semibold">{profile.name}</p>
                <Markdown text={profile.bio} className="mt-1" testId="bio-preview" />
                <LinkList links={profile.links} />
              </div>
            </div>
          </section>
        )}
      </main>
    </>
  );
}
