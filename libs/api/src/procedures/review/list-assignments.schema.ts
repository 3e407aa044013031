import { z } from 'zod';
import { trackRefSchema } from './review-common.schema.ts';

/** Who reviews what: per reviewer their load, per submitted proposal its reviewers (organizers). */
export const listAssignmentsOutput = z.object({
  reviewers: z.array(
    z.object({ userId: z.string(), name: z.string(), trackNames: z.array(z.string()), load: z.number().int(), reviewed: z.number().int() }),
  ),
  proposals: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      track: trackRefSchema.nullable(),
      reviewers: z.array(z.object({ userId: z.string(), name: z.string(), source: z.enum(['MANUAL', 'AUTOMATIC']), reviewed: z.boolean() })),
      reviews: z.number().int(),
    }),
  ),
});
