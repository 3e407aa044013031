import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conferenceSummarySchema, speakerRefSchema, trackSchema } from '../shared.schema.ts';

export const listSessionsOutput = z.object({
  conference: conferenceSummarySchema,
  sessions: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      state: z.enum(SUBMISSION_STATES),
      track: trackSchema,
      sessionType: z.string(),
      durationMinutes: z.number().int(),
      speakers: z.array(speakerRefSchema),
      /** Placement in the work-in-progress schedule, in local time; null when unscheduled. */
      slot: z
        .object({ room: z.string(), start: z.date(), end: z.date(), date: z.string(), timeRange: z.string() })
        .nullable(),
    }),
  ),
});
