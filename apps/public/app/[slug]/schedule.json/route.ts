import { feedRoute } from '../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** frab / c3voc schedule.json of the latest release. */
export const GET = feedRoute(() => ({ kind: 'schedule', format: 'json' }));
