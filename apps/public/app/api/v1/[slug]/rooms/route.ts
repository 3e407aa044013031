import { feedRoute } from '../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API: the rooms the latest release uses. */
export const GET = feedRoute(() => ({ kind: 'api-rooms' }));
