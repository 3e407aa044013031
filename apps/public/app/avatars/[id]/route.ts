import { readAvatarImage } from '@podium/api';
import { getContext } from '../../../lib/server';

export const dynamic = 'force-dynamic';

/** A speaker photo with the type sniffed at upload; a new photo gets a new id, so it can be cached for good. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const avatar = await readAvatarImage(await getContext(), id);
  if (!avatar) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  return new Response(new Uint8Array(avatar.data), {
    headers: {
      'Content-Type': avatar.contentType,
      'Content-Length': String(avatar.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
