import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';

export const getStatusOutput = z.object({
  conference: conferenceSummarySchema,
  /** Whether mail can be delivered (SMTP_URL set and usable). */
  configured: z.boolean(),
  /** The sender of this conference's mail. */
  from: z.string(),
  /** smtp://host:port, without credentials; null when not configured. */
  server: z.string().nullable(),
  /** What to tell the organizer when mail cannot be delivered; null when it can. */
  message: z.string().nullable(),
});
