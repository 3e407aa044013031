import { z } from 'zod';
import { trackRefSchema } from './review-common.schema.ts';

export const listReviewersOutput = z.object({
  reviewers: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      /** Track limits; empty = all tracks. */
      trackIds: z.array(z.string()),
      /** Proposals assigned to them in this conference. */
      assigned: z.number().int(),
      /** Reviews they wrote in this conference. */
      reviewed: z.number().int(),
    }),
  ),
  tracks: z.array(trackRefSchema),
});
