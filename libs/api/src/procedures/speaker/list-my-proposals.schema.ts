import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { stateSchema } from './shared.schema.ts';

export const listMyProposalsOutput = z.object({
  conference: conferenceSummarySchema,
  proposals: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      state: stateSchema,
      stateLabel: z.string(),
      sessionType: z.string(),
      track: z.object({ name: z.string(), color: z.string() }).nullable(),
      speakers: z.array(z.string()),
      submittedAt: z.date().nullable(),
      updatedAt: z.date(),
      /** The deadline of its session type (null: none). */
      deadline: z.date().nullable(),
      editable: z.boolean(),
      /** What the speaker should do next, e.g. "Confirm your session". */
      nextStep: z.string(),
    }),
  ),
});
