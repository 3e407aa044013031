import { readAvatarImage } from '@podium/api';
import { getContext } from '../../../lib/server';

export const dynamic = 'force-dynamic';

/**
 * A speaker photo with the type sniffed at upload. Approved photos are public and, since a new photo gets a new id,
 * cached for good; a photo waiting for approval is served only to its own speaker, signed in, and never stored by a
 * shared cache. Anyone else gets the same 404 as for an unknown id.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const avatar = await readAvatarImage(await getContext(), id);
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
      'Cache-Control': avatar.visibility === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-store',
    },
  });
}
