import { codeFeedRoute } from '../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** One speaker's sessions as iCalendar; served at /<slug>/speakers/<code>.ics (rewrite in next.config.ts). */
export const GET = codeFeedRoute((code) => ({ kind: 'speaker-ics', code }));
