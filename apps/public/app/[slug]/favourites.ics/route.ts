import { feedRoute } from '../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** The sessions named in ?codes=A,B (published ones only; unknown codes are ignored) as an iCalendar feed. */
export const GET = feedRoute((req) => ({ kind: 'favourites-ics', codes: new URL(req.url).searchParams.getAll('codes').join(',') }));
