import { codeFeedRoute } from '../../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API: one session of the latest release. */
export const GET = codeFeedRoute((code) => ({ kind: 'api-session', code }));
