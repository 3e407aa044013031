import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { speakerReviewSchema } from './shared.schema.ts';

export const listSpeakersInput = conferenceInput.extend({
  /** "pending": only speakers whose working copy waits for approval. */
  filter: z.enum(['all', 'pending']).default('all'),
});

export const listSpeakersOutput = z.object({
  conference: conferenceSummarySchema,
  counts: z.object({ all: z.number().int(), pending: z.number().int() }),
  speakers: z.array(speakerReviewSchema),
});
