import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { publishedSessionSchema } from './get-session.schema.ts';

export const getSpeakerInput = conferenceInput.extend({ code: z.string().min(1).max(32) });

export const getSpeakerOutput = z.object({
  conference: conferenceSummarySchema,
  /** The approved copy of bio (Markdown), photo and links: a speaker's edits are public once staff approve them. */
  speaker: z.object({ code: z.string(), name: z.string(), bio: z.string(), avatarUrl: z.string().nullable(), links: z.array(z.string()) }),
  sessions: z.array(publishedSessionSchema),
});
