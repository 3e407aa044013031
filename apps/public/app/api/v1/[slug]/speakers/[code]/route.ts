import { codeFeedRoute } from '../../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** Public API: one speaker and their sessions in the latest release. */
export const GET = codeFeedRoute((code) => ({ kind: 'api-speaker', code }));
