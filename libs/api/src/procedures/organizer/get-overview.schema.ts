import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conferenceSummarySchema, releaseSchema } from '../shared.schema.ts';

export const getOverviewOutput = z.object({
  conference: conferenceSummarySchema,
  counts: z.object({
    sessions: z.number().int(),
    byState: z.record(z.enum(SUBMISSION_STATES), z.number().int()),
    rooms: z.number().int(),
    tracks: z.number().int(),
    sessionTypes: z.number().int(),
    speakers: z.number().int(),
    /** Sessions with a room and a time in the work-in-progress schedule. */
    scheduled: z.number().int(),
    releases: z.number().int(),
  }),
  latestRelease: releaseSchema,
});
