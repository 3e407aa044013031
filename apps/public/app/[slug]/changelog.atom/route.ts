import { TRPCError } from '@trpc/server';
import { ATOM_CONTENT_TYPE, changelogAtomFeed } from '@podium/domain';
import { getApi } from '../../../lib/server';

export const dynamic = 'force-dynamic';

/** The public address of this app: PODIUM_PUBLIC_URL, else the address the request came to. */
function origin(req: Request): string {
  const configured = process.env.PODIUM_PUBLIC_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const h = req.headers;
  const host = h.get('x-forwarded-host') ?? h.get('host');
  return host ? `${h.get('x-forwarded-proto') ?? new URL(req.url).protocol.replace(':', '')}://${host}` : new URL(req.url).origin;
}

/** The changelog as an Atom 1.0 feed: one entry per release, newest first. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  let log;
  try {
    log = await (await getApi()).public.changelog({ slug });
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'NOT_FOUND') {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    throw err;
  }
  const base = `${origin(req)}/${encodeURIComponent(log.conference.slug)}`;
  const page = `${base}/changelog`;
  const xml = changelogAtomFeed({
    id: log.feedId,
    conference: log.conference.name,
    timeZone: log.conference.timeZone,
    selfUrl: `${base}/changelog.atom`,
    pageUrl: page,
    fallbackUpdated: log.createdAt,
    entries: log.releases.map((r) => ({
      id: r.id,
      name: r.name,
      comment: r.comment,
      releasedAt: r.releasedAt,
      url: `${page}#${r.anchor}`,
      changelog: r.changelog,
    })),
  });
  return new Response(xml, {
    headers: { 'Content-Type': ATOM_CONTENT_TYPE, 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' },
  });
}
