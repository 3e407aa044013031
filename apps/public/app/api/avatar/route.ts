import { uploadAvatar } from '@podium/api';
import { AVATAR_MAX_BYTES, AVATAR_MESSAGES, DomainError, type AvatarProblem } from '@podium/domain';
import { getContext } from '../../../lib/server';

export const dynamic = 'force-dynamic';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/i;

// A relative Location is valid HTTP and stays right behind a proxy.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });
const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Avatar upload (POST multipart/form-data: slug, avatar), posted by the profile page's form. Works without JavaScript:
 * answers with a redirect back to the profile page, which shows the outcome next to the upload field.
 */
export async function POST(req: Request) {
  // Absurdly large bodies are not even read (anything up to this is, so the page can say what the limit is).
  if (Number(req.headers.get('content-length') ?? 0) > 10 * AVATAR_MAX_BYTES) return plain(413, 'Too large: the limit is 2 MB.');
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return plain(400, 'Expected a multipart form with the fields slug and avatar.');
  }
  const slug = String(form.get('slug') ?? '');
  if (!SLUG.test(slug)) return plain(404, 'No such conference.');
  const back = (outcome: string) => seeOther(`/${slug}/me/profile?avatar=${outcome}#avatar`);

  const ctx = await getContext();
  if (!ctx.user) return seeOther(`/signin?callbackUrl=${encodeURIComponent(`/${slug}/me/profile`)}`);
  const file = form.get('avatar');
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
  try {
    await uploadAvatar(ctx, { slug, bytes });
  } catch (err) {
    if (err instanceof DomainError) {
      if (err.kind === 'NOT_FOUND') return plain(404, 'No such conference.');
      const problem = (Object.keys(AVATAR_MESSAGES) as AvatarProblem[]).find((p) => AVATAR_MESSAGES[p] === err.message);
      if (problem) return back(problem);
    }
    throw err;
  }
  return back('saved');
}
