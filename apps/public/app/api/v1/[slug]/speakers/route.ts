import { feedRoute } from '../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API: every speaker with a session in the latest release. */
export const GET = feedRoute(() => ({ kind: 'api-speakers' }));
