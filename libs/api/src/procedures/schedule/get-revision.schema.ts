import { z } from 'zod';

export const getRevisionOutput = z.object({
  revision: z.number().int(),
  /** When the schedule last changed (its newest audit entry); null before the first change. */
  updatedAt: z.date().nullable(),
});
