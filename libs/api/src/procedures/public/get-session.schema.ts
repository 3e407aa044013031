import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema, trackSchema } from '../shared.schema.ts';

export const getSessionInput = conferenceInput.extend({ code: z.string().min(1).max(32) });

export const publishedSessionSchema = z.object({
  code: z.string(),
  title: z.string(),
  abstract: z.string(),
  description: z.string(),
  track: trackSchema,
  sessionType: z.string(),
  /** `key`: the room's public key, for its page /<slug>/rooms/<key>. */
  room: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  start: z.date(),
  end: z.date(),
  /** Local date "YYYY-MM-DD" and its readable label. */
  date: z.string(),
  dateLabel: z.string(),
  /** "09:00–09:15" local time. */
  timeRange: z.string(),
  /** "UTC+01:00" at the session's start. */
  offset: z.string(),
  /** Each speaker's approved bio (Markdown) and photo: what staff approved, never the speaker's working copy. */
  speakers: z.array(z.object({ code: z.string(), name: z.string(), bio: z.string(), avatarUrl: z.string().nullable() })),
});
export type PublishedSession = z.infer<typeof publishedSessionSchema>;

export const getSessionOutput = z.object({ conference: conferenceSummarySchema, session: publishedSessionSchema });
