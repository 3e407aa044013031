import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { publishedSessionSchema } from './get-session.schema.ts';

export const getSpeakerInput = conferenceInput.extend({ code: z.string().min(1).max(32) });

export const getSpeakerOutput = z.object({
  conference: conferenceSummarySchema,
  speaker: z.object({ code: z.string(), name: z.string(), bio: z.string() }),
  sessions: z.array(publishedSessionSchema),
});
