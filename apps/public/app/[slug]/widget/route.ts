import { TRPCError } from '@trpc/server';
import { createCaller, createContextInner } from '@podium/api';
import { upcomingSessions } from '@podium/domain';
import { pageNow } from '../../../lib/clock';
import { escapeHtml, renderWidget } from '../../../lib/widget-html';

export const dynamic = 'force-dynamic';

/**
 * The only page other sites may frame (frame-ancestors *): a compact agenda for a conference's own website. It reads
 * anonymously (no session cookie is looked at, none is set) and runs no script. `?view=list` always shows the whole
 * program by day (`&day=YYYY-MM-DD` for one day); by default it shows what is left today while the conference runs.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const nowParam = url.searchParams.get('now') ?? undefined;
  const now = pageNow(nowParam);
  const api = createCaller(await createContextInner({ userId: null }));
  let agenda;
  try {
    agenda = await api.public.agenda({ slug, at: now });
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'NOT_FOUND') {
      return html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><p>No conference “${escapeHtml(slug)}”.</p></main></body></html>`, 404, false);
    }
    throw err;
  }
  const view = url.searchParams.get('view') === 'list' ? 'list' : 'auto';
  const dayParam = url.searchParams.get('day');
  const day = dayParam && agenda.days.some((d) => d.date === dayParam) ? dayParam : null;
  const all = agenda.days.flatMap((d) => d.entries);
  const upcoming =
    view === 'auto' && !day
      ? upcomingSessions({ timeZone: agenda.conference.timeZone, startDate: agenda.conference.startDate, endDate: agenda.conference.endDate, sessions: all }, now)
      : null;
  return html(renderWidget({ agenda, upcoming, day, now }), 200, nowParam === undefined);
}

function html(body: string, status: number, cacheable: boolean): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // Framable by any site, and nothing else: no script, no outside resource, no form.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': cacheable ? 'public, max-age=60' : 'no-store',
    },
  });
}
