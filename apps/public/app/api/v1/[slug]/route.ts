import { feedRoute } from '../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API (docs/public-api.md): the conference, its latest release, days, rooms, tracks, breaks, links. */
export const GET = feedRoute(() => ({ kind: 'api-index' }));
