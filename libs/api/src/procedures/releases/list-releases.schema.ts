import { z } from 'zod';

export const listReleasesOutput = z.object({
  releases: z.array(
    z.object({
      name: z.string(),
      comment: z.string(),
      releasedAt: z.date(),
      /** Who released it; null when unknown (the demo seed, an import without a user). */
      releasedBy: z.string().nullable(),
      /** Sessions it publishes. */
      sessions: z.number().int(),
    }),
  ),
});
