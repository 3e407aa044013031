'use server';

// Server actions of the Speakers pages: approve a speaker's new bio, photo and links, or edit bio and links directly
// (published at once). Each calls the API as the signed-in user, which checks every right; refusals show next to the
// form, success goes back to the page with a notice. They work without JavaScript.

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@podium/ui';
import { runForm } from '../../../lib/form-action';
import { getApi } from '../../../lib/server';

const str = (d: FormData, k: string) => String(d.get(k) ?? '');

/** The "changed at" the page was rendered with (empty: the working copy never changed). */
const expectedChangedAt = (d: FormData) => {
  const v = str(d, 'expectedChangedAt');
  return v ? new Date(v) : null;
};

/** A path inside this conference's Speakers area to go back to (anything else falls back to the list). */
function backTo(d: FormData, slug: string): string {
  const back = str(d, 'back');
  const base = `/${slug}/speakers`;
  return back === base || back.startsWith(`${base}?`) || back.startsWith(`${base}/`) ? back : base;
}

const withQuery = (path: string, key: string, value: string) => {
  const [p, q = ''] = path.split('?');
  const params = new URLSearchParams(q);
  params.delete('approved');
  params.delete('saved');
  params.set(key, value);
  return `${p}?${params.toString()}`;
};

/** "Approve" on a speaker's card: the version the organizer looked at becomes public. */
export async function approveSpeaker(_prev: FormState, d: FormData): Promise<FormState> {
  const slug = str(d, 'slug');
  const code = str(d, 'code');
  const api = await getApi();
  const r = await runForm(d, () => api.speakers.approve({ slug, code, expectedChangedAt: expectedChangedAt(d) }), 'Approved.');
  if (r.status !== 'ok') return r;
  revalidatePath(`/${slug}/speakers`, 'layout');
  redirect(`${withQuery(backTo(d, slug), 'approved', code)}#speaker-${code}`);
}

/** The edit form on a speaker's page: bio and links, published at once. */
export async function saveSpeakerBio(_prev: FormState, d: FormData): Promise<FormState> {
  const slug = str(d, 'slug');
  const code = str(d, 'code');
  const api = await getApi();
  const r = await runForm(
    d,
    () => api.speakers.update({ slug, code, bio: str(d, 'bio'), links: str(d, 'links').split(/\r?\n/), expectedChangedAt: expectedChangedAt(d) }),
    'Saved and published.',
  );
  if (r.status !== 'ok') return r;
  revalidatePath(`/${slug}/speakers`, 'layout');
  redirect(`/${slug}/speakers/${encodeURIComponent(code)}?saved=1`);
}
