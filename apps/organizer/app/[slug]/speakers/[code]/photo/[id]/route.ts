import { createContextInner, readSpeakerAvatarForStaff } from '@podium/api';
import { currentUserId } from '../../../../../../lib/auth';

export const dynamic = 'force-dynamic';

/**
 * A speaker's photo for the conference's organizers (either copy, so they can compare a new photo with the public
 * one before approving it). Anyone else gets 404, as for an unknown photo.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; code: string; id: string }> }) {
  const { slug, code, id } = await params;
  const ctx = await createContextInner({ userId: await currentUserId() });
  const avatar = await readSpeakerAvatarForStaff(ctx, { slug, code, id });
  if (!avatar) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
  }
  return new Response(new Uint8Array(avatar.data), {
    headers: {
      'Content-Type': avatar.contentType,
      'Content-Length': String(avatar.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
