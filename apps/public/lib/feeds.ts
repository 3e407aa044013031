// The schedule exports and the public JSON API as route handlers: each route names what it serves, and the API
// layer (@podium/api serveScheduleFeed) loads the latest release, caches the export and answers with ETag,
// Last-Modified, 304 and 404. Anonymous: no session cookie is read.
import { createContextInner, serveScheduleFeed, type FeedRequest } from '@podium/api';

export async function serveFeed(req: Request, slug: string, feed: FeedRequest): Promise<Response> {
  const { db } = await createContextInner({ userId: null });
  return serveScheduleFeed(db, slug, feed, req.headers, { method: req.method });
}

type Params<K extends string> = { params: Promise<Record<K, string>> };

/** A GET handler for a feed of one conference (HEAD is answered from it by Next). */
export function feedRoute(feed: (req: Request) => FeedRequest) {
  return async (req: Request, { params }: Params<'slug'>) => serveFeed(req, (await params).slug, feed(req));
}

/** A GET handler for a feed about one session or speaker of a conference. */
export function codeFeedRoute(feed: (code: string) => FeedRequest) {
  return async (req: Request, { params }: Params<'slug' | 'code'>) => {
    const { slug, code } = await params;
    return serveFeed(req, slug, feed(code));
  };
}
