import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { questionSchema } from './shared.schema.ts';

export const cfpStatusSchema = z.enum(['not-open-yet', 'open', 'closed']);

export const getCfpOutput = z.object({
  conference: conferenceSummarySchema,
  /** The call as a whole: open while at least one session type still takes proposals. */
  status: cfpStatusSchema,
  opensAt: z.date().nullable(),
  closesAt: z.date().nullable(),
  /** Markdown. */
  text: z.string(),
  collectAvailability: z.boolean(),
  sessionTypes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      durationMinutes: z.number().int(),
      deadline: z.date().nullable(),
      status: cfpStatusSchema,
    }),
  ),
  tracks: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), color: z.string() })),
  questions: z.array(questionSchema),
});
export type CfpInfo = z.infer<typeof getCfpOutput>;
