import { feedRoute } from '../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Every session of the latest release as an iCalendar feed. */
export const GET = feedRoute(() => ({ kind: 'schedule', format: 'ics' }));
