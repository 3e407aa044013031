import { feedRoute } from '../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API: every session of the latest release. */
export const GET = feedRoute(() => ({ kind: 'api-sessions' }));
