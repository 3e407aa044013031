import { codeFeedRoute } from '../../../../../lib/feeds';

export const dynamic = 'force-dynamic';

/** One session as iCalendar; served at /<slug>/sessions/<code>.ics (rewrite in next.config.ts). */
export const GET = codeFeedRoute((code) => ({ kind: 'session-ics', code }));
