import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { outboxMailSummarySchema, outboxStateSchema } from './shared.schema.ts';

export const listOutboxInput = conferenceInput.extend({
  /** Only mails in this state; all when absent. */
  state: outboxStateSchema.optional(),
  /** The newest this many (default 500). */
  limit: z.number().int().min(1).max(2000).optional(),
});

export const listOutboxOutput = z.object({
  counts: z.record(outboxStateSchema, z.number().int()),
  /** Mails matching the filter (may be more than listed). */
  total: z.number().int(),
  mails: z.array(outboxMailSummarySchema),
});
